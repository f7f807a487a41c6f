// Sends every openapi-fetch call through the send chain its operation needs, chosen by method and path.
import type { Client } from "openapi-fetch";
import type { CallContext, FetchLike, Send } from "./send.js";
import type { CallResult } from "./throwing-mode.js";

const verbs = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type Init =
  | { signal?: AbortSignal | null; fetch?: FetchLike; parseAs?: string; [key: string]: unknown }
  | undefined;
type Call = (path: string, init?: Init) => Promise<CallResult>;

/** How calls are routed: the send per method and spec path, the default fetch, an optional result check. */
export interface CallRouting {
  sendFor(method: string, path: string): Send;
  fetch: FetchLike;
  check?: ((result: CallResult, method: string) => CallResult) | undefined;
}

/**
 * Replaces the client's call methods (and `request`) with ones that hand openapi-fetch a per-call
 * `fetch` bound to the route's send chain, so credentials need no middleware pass of their own.
 */
export function routeCalls<Paths extends {}>(client: Client<Paths>, routing: CallRouting): void {
  const target = client as unknown as Record<string, Call>;
  const bound = new WeakMap<Send, FetchLike>();
  const defaultCall: CallContext = { signal: undefined, fetch: routing.fetch };
  // The common call (no own signal or fetch, body parsed before it returns) reuses one bound fetch.
  const fetchFor = (send: Send, init: Init): FetchLike => {
    const parseAs = init?.parseAs ?? "json";
    const keepsBody = parseAs !== "json" && parseAs !== "text";
    if (init?.signal == null && init?.fetch === undefined && !keepsBody) {
      const known = bound.get(send);
      if (known) return known;
      const fetch: FetchLike = (request) => send(request, defaultCall);
      bound.set(send, fetch);
      return fetch;
    }
    const call = {
      signal: init?.signal ?? undefined,
      fetch: init?.fetch ?? routing.fetch,
      keepsBody,
    };
    return (request) => send(request, call);
  };
  const dispatch = (method: string, path: string, init: Init, run: Call) => {
    const fetch = fetchFor(routing.sendFor(method, path), init);
    const result = run(path, init ? { ...init, fetch } : { fetch });
    const { check } = routing;
    return check ? result.then((r) => check(r, method)) : result;
  };
  for (const verb of verbs) {
    const original = target[verb]!;
    target[verb] = (path, init) => dispatch(verb, path, init, original);
  }
  const request = target.request as unknown as (
    m: string,
    p: string,
    i?: Init,
  ) => Promise<CallResult>;
  (target as Record<string, unknown>).request = (method: string, path: string, init?: Init) =>
    dispatch(method.toUpperCase(), path, init, (p, i) => request(method, p, i));
}
