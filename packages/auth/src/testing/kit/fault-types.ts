// One fault API for every fake: what can go wrong, on which requests, how many times.

/** The same names on every provider's fake. */
export type FaultKind =
  /** Answer `status` (with `body`, or the provider's error body for that status). */
  | "status"
  /** Destroy the connection without answering. */
  | "reset"
  /** Wait `ms` of real time, then answer normally. */
  | "delay"
  /** A 200 (or `status`) labelled JSON whose body is cut off. */
  | "invalid-json"
  /** An HTML error page (default 502), as a proxy in front of the API might send. */
  | "html"
  /** The provider's rate-limit answer (default 429) with `Retry-After: retryAfterSeconds` (default 1). */
  | "rate-limited"
  /** Treat the request's valid credential as expired: the provider's 401 answer. */
  | "expired-token"
  /** An empty body with `status` (default 200). */
  | "empty";

/** Which requests a fault hits: every given field must match; none given matches every request. */
export interface FaultMatch {
  /** Upper- or lower-case method. */
  readonly method?: string;
  /** The path on the origin as sent (`/v2/dns/100001`) or the operation's spec path (`/dns/{id}`). */
  readonly path?: string;
  readonly operationId?: string;
}

/** One injected fault. */
export interface FaultSpec extends FaultMatch {
  readonly kind: FaultKind;
  /** How many matching requests it hits (default 1; `Infinity` for all). */
  readonly times?: number;
  /** For `status`, `invalid-json`, `html`, `rate-limited`, `empty`. */
  readonly status?: number;
  /** For `status`: the JSON body (default: the provider's error body for the status). */
  readonly body?: unknown;
  /** Extra response headers (any kind that answers). */
  readonly headers?: Readonly<Record<string, string>>;
  /** For `delay`: milliseconds of real time. */
  readonly ms?: number;
  /** For `rate-limited`: the Retry-After value in seconds. */
  readonly retryAfterSeconds?: number;
}

/** Injects faults; each request takes the first pending fault that matches it. */
export interface Faults {
  /** Queues `fault` for the requests it matches. */
  inject(fault: FaultSpec): void;
  /** Drops every fault not used yet. */
  clear(): void;
  /** How many fault uses are left (Infinity when one is permanent). */
  pending(): number;
}

/** One request the fake answered, secrets left out (no headers, no bodies). */
export interface RequestRecord {
  readonly method: string;
  /** The path on the origin as sent, without query. */
  readonly path: string;
  /** Absent for requests that matched no operation (404, 405) or an extra route. */
  readonly operationId?: string;
  /** The operation's spec path, e.g. `/dns/{id}`. */
  readonly specPath?: string;
  /** The token endpoint, the authorize page, an API operation, or nothing known. */
  readonly route: "token" | "authorize" | "api" | "extra" | "unknown";
  /** Which credential the request carried, as the fake judged it. */
  readonly credential: "api-key" | "bearer" | "basic" | "none" | "invalid";
  /** 0 for a dropped connection. */
  readonly status: number;
  /** Name of the fault that answered, if any. */
  readonly fault?: FaultKind;
  /** The grant a token endpoint request asked for (`password`, `refresh_token`, `revoke`...), unless a fault answered it. */
  readonly grant?: string;
}
