// Wraps the client's call methods: a call with options of its own gets a fetch that carries them.
import type { Client } from "openapi-fetch";
import { ProviderClientError } from "../errors/provider-client-error.js";
import type { RetryOptions } from "../types.js";
import type { CallResult } from "./raise-error-results.js";
import type { Routing } from "./routing.js";
import type { CallContext, FetchLike } from "./send.js";

const readAsText = Object.freeze({ parseAs: "text" });
const verbs = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type Init =
  | {
      signal?: AbortSignal | null;
      fetch?: FetchLike;
      timeoutMs?: number | undefined;
      retry?: RetryOptions | false | undefined;
      [key: string]: unknown;
    }
  | undefined;
type Call = (path: string, init?: Init) => Promise<CallResult>;

/**
 * Replaces `GET`...`TRACE` and `request`: a call that names its own `signal`, `fetch`, `timeoutMs`
 * or `retry` is sent down the chain its operation (method + spec path) takes, with those options;
 * any other call goes through as it is, to the routed fetch. With `check`, results go through it.
 */
export function routeCalls<Paths extends {}>(client: Client<Paths>, routing: Routing): void {
  const target = client as unknown as Record<string, Call>;
  const { check, settle } = routing;
  const dispatch = (method: string, path: string, given: Init, run: Call) => {
    // Without the slash the path would extend the base URL's host name or last segment.
    if (typeof path !== "string" || path[0] !== "/") return Promise.reject(notAPath(method, path));
    // JSON bodies are read as text and parsed by settle, which can name status, type and operation.
    const asText = given?.parseAs === undefined || given.parseAs === "json";
    let result: Promise<CallResult>;
    if (given === undefined) {
      // A call without init (the usual one) shares one frozen init instead of a copy per call.
      result = run(path, readAsText);
    } else if (!hasCallOptions(given)) {
      result = run(path, asText ? { ...given, ...readAsText } : given);
    } else {
      const { fetch, timeoutMs, retry, ...rest } = given;
      const credentialed = routing.carries(method, path);
      const send = credentialed ? routing.authorized : routing.plain;
      const call: CallContext = {
        fetch: fetch ?? routing.fetch,
        signal: given.signal ?? undefined,
        timeoutMs,
        retry,
        // The credential's chain follows redirects itself (same-origin-redirects.ts).
        redirect: credentialed ? "manual" : undefined,
      };
      const init = { ...rest, fetch: (request: Request) => send(request, call) };
      result = run(path, asText ? { ...init, ...readAsText } : init);
    }
    return result.then((raw) => {
      const settled = settle(raw, method, path, asText);
      return check ? check(settled, method) : settled;
    });
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

function notAPath(method: string, path: unknown): ProviderClientError {
  return new ProviderClientError(
    `path ${JSON.stringify(path)} does not start with "/"; nothing was sent`,
    { code: "invalid_path", method },
  );
}

/** Whether a call set any option the send chain reads. */
function hasCallOptions(init: NonNullable<Init>): boolean {
  return (
    init.signal != null ||
    init.fetch !== undefined ||
    init.timeoutMs !== undefined ||
    init.retry !== undefined
  );
}
