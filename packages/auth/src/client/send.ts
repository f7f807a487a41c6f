// The request path below openapi-fetch: each layer takes the built Request and what the call asked for.
import type { RetryOptions } from "../types.js";

/** The fetch a call ends at: the user's `fetch` option, or a per-call `init.fetch`. Always called unbound. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** What one call hands down the layers: its fetch and any option it set for itself. */
export interface CallContext {
  readonly fetch: FetchLike;
  /** The call's own abort signal, if it gave one (the request's signal already follows it). */
  readonly signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call's attempts, instead of the client's. */
  readonly timeoutMs?: number | undefined;
  /** Retry policy for this call, instead of the client's (false: no retries). */
  readonly retry?: RetryOptions | false | undefined;
  /** `manual` on the credential's chain: redirects come back to it instead of being followed by fetch. */
  readonly redirect?: RequestInit["redirect"] | undefined;
  /** Which attempt this is (2 for the first retry); set by the retry layer when logging is on. */
  readonly attempt?: number | undefined;
}

/** One layer of the request path: timeout, retry or credential. */
export type Send = (request: Request, call: CallContext) => Promise<Response>;
