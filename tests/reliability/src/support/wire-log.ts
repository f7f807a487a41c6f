// A fetch wrapper that writes down every request a client sends (never bodies or header values).

/** What kind of request it was, as the flow under test classifies it. */
export type RequestKind =
  | "password"
  | "refresh"
  | "client_credentials"
  | "authorization_code"
  | "revoke"
  | "api";

/** One request as it left the client. */
export interface WireEntry {
  kind: RequestKind;
  method: string;
  path: string;
  /** True when an `Authorization` or `API-Key` header was on the request. */
  credential: boolean;
  /** HTTP status, or "network" when fetch threw. */
  outcome: number | "network";
}

/** The log plus the fetch that fills it. */
export interface WireLog {
  fetch: typeof globalThis.fetch;
  readonly entries: WireEntry[];
  /** Entries of one kind (all kinds when absent). */
  count(kind?: RequestKind | readonly RequestKind[]): number;
  /** Token-endpoint requests (every kind except api and revoke). */
  tokenRequests(): number;
  /** API requests that went out without any credential header. */
  apiWithoutCredential(): number;
  /** Forgets what was logged so far (e.g. after a flow's priming login). */
  reset(): void;
}

/** Classifies a request from its path and (string) body. */
export type Classify = (path: string, body: string | undefined) => RequestKind;

/** Wraps `inner` (default global fetch) so each request is logged under `classify`'s kind. */
export function createWireLog(
  classify: Classify,
  inner: typeof globalThis.fetch = globalThis.fetch,
): WireLog {
  const entries: WireEntry[] = [];
  const tokenKinds: RequestKind[] = [
    "password",
    "refresh",
    "client_credentials",
    "authorization_code",
  ];
  const log: WireLog = {
    entries,
    async fetch(input, init) {
      const request = input instanceof Request ? input : undefined;
      const url = new URL(request?.url ?? String(input));
      const headers = new Headers(init?.headers ?? request?.headers);
      const body = typeof init?.body === "string" ? init.body : undefined;
      const entry: WireEntry = {
        kind: classify(url.pathname, body),
        method: (init?.method ?? request?.method ?? "GET").toUpperCase(),
        path: url.pathname,
        credential: headers.has("authorization") || headers.has("api-key"),
        outcome: "network",
      };
      entries.push(entry);
      const response = await inner(input, init);
      entry.outcome = response.status;
      return response;
    },
    count(kind) {
      if (kind === undefined) return entries.length;
      const kinds: readonly RequestKind[] = typeof kind === "string" ? [kind] : kind;
      return entries.filter((entry) => kinds.includes(entry.kind)).length;
    },
    tokenRequests: () => log.count(tokenKinds),
    apiWithoutCredential: () => entries.filter((e) => e.kind === "api" && !e.credential).length,
    reset() {
      entries.length = 0;
    },
  };
  return log;
}

/** The statuses of the API requests of one method, in order (`network` for a dropped one). */
export function apiOutcomes(log: WireLog, method?: string): (number | "network")[] {
  return log.entries
    .filter((e) => e.kind === "api" && (method === undefined || e.method === method))
    .map((e) => e.outcome);
}
