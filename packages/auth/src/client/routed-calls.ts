// Sends every openapi-fetch call through the send chain its operation needs (credential or not).
import type { Client } from "openapi-fetch";
import type { RouteTable } from "./route-table.js";
import type { CallContext, FetchLike, Send } from "./send.js";
import type { CallResult } from "./throwing-mode.js";

const verbs = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type Init =
  | { signal?: AbortSignal | null; fetch?: FetchLike; parseAs?: string; [key: string]: unknown }
  | undefined;
type Call = (path: string, init?: Init) => Promise<CallResult>;

/** The two send chains, which calls take which, the fetch they end at, an optional result check. */
export interface Routing {
  table: RouteTable;
  authorized: Send;
  plain: Send;
  fetch: FetchLike;
  check?: ((result: CallResult, method: string) => CallResult) | undefined;
}

/**
 * The client-level fetch for ordinary calls (no own signal or fetch, body parsed before the call
 * returns): it picks the chain from the request's method and URL. A fetch given per call costs
 * openapi-fetch measurably more than one given to createClient, so only unusual calls get one.
 */
export function routedFetch(routing: Routing): FetchLike {
  const { table, authorized, plain } = routing;
  const ordinary: CallContext = { signal: undefined, fetch: routing.fetch };
  return function sendRouted(request) {
    return (table.byRequest(request) ? authorized : plain)(request, ordinary);
  };
}

/**
 * Wraps the client's call methods (and `request`): a call with its own `signal` or `fetch`, or a
 * body it reads later (`parseAs` other than json/text), gets a per-call fetch that knows it; with
 * `check`, results go through it (throwOnError).
 */
export function routeCalls<Paths extends {}>(client: Client<Paths>, routing: Routing): void {
  const target = client as unknown as Record<string, Call>;
  const { check } = routing;
  const dispatch = (method: string, path: string, init: Init, run: Call) => {
    const parseAs = init?.parseAs ?? "json";
    const keepsBody = parseAs !== "json" && parseAs !== "text";
    let result: Promise<CallResult>;
    if (init?.signal == null && init?.fetch === undefined && !keepsBody) {
      result = run(path, init);
    } else {
      const send = routing.table.byPath(method, path) ? routing.authorized : routing.plain;
      const call = {
        signal: init?.signal ?? undefined,
        fetch: init?.fetch ?? routing.fetch,
        keepsBody,
      };
      result = run(path, { ...init, fetch: (request: Request) => send(request, call) });
    }
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
