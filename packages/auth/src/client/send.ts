// The request path below openapi-fetch: each layer takes the built Request and what the call asked for.

/** The fetch a call ends at: the user's `fetch` option, or a per-call `init.fetch`. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** What one call hands down the layers: its own abort signal (if it gave one) and its fetch. */
export interface CallContext {
  readonly signal: AbortSignal | undefined;
  readonly fetch: FetchLike;
  /** The caller reads the body after the call returns (a stream, blob...): its attempts never share a signal. */
  readonly keepsBody?: boolean;
}

/** One layer of the request path: timeout, retry or credential. */
export type Send = (request: Request, call: CallContext) => Promise<Response>;
