// A fetch wrapper that writes down every request a client sends (never bodies or header values).
import type {
  Classify,
  CredentialCarriers,
  RequestKind,
  WireEntry,
  WireLog,
} from "@provider-clients/scripts/suites/reliability";

export type { Classify, RequestKind, WireEntry, WireLog };

/** Wraps `inner` (default global fetch) so each request is logged under `classify`'s kind. */
export function createWireLog(
  classify: Classify,
  carriers: CredentialCarriers = {},
  inner: typeof globalThis.fetch = globalThis.fetch,
): WireLog {
  const headerNames = ["authorization", "api-key", ...(carriers.headers ?? [])];
  const carries = (headers: Headers, url: URL) =>
    headerNames.some((name) => headers.has(name)) ||
    (carriers.queryParams ?? []).some((name) => url.searchParams.has(name));
  const entries: WireEntry[] = [];
  let lastDate: number | undefined;
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
        credential: carries(headers, url),
        outcome: "network",
      };
      entries.push(entry);
      const response = await inner(input, init);
      entry.outcome = response.status;
      const date = response.headers.get("date");
      if (date) lastDate = Date.parse(date);
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
    lastServerDate: () => lastDate,
  };
  return log;
}

/** The statuses of the API requests of one method, in order (`network` for a dropped one). */
export function apiOutcomes(log: WireLog, method?: string): (number | "network")[] {
  return log.entries
    .filter((e) => e.kind === "api" && (method === undefined || e.method === method))
    .map((e) => e.outcome);
}
