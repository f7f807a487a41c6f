// Wraps fetch so each attempt gives up after `timeoutMs` without waiting for response headers forever.
import { RequestTimeoutError } from "../errors/request-timeout-error.js";
import { DeadlineSweeper } from "./deadline-sweeper.js";

/** A fetch that also takes the signal to abort with (the request's own signal still applies). */
export type SignalFetch = (request: Request, signal: AbortSignal) => Promise<Response>;

/**
 * Returns a fetch whose attempts are aborted with RequestTimeoutError when no response (headers)
 * arrives within `timeoutMs`; like ky, the timeout covers the fetch call, not reading the body.
 */
export function timeoutFetch(
  inner: SignalFetch,
  timeoutMs: number,
): (request: Request) => Promise<Response> {
  if (!(timeoutMs > 0)) return (request) => inner(request, request.signal);
  // One shared sweep instead of a timer per request: timers dominated the per-request cost.
  const sweeper = new DeadlineSweeper(timeoutMs);
  return (request) =>
    withDeadline(sweeper, timeoutMs, request.method, request.url, request.signal, (signal) =>
      inner(request, signal),
    );
}

/** The same timeout for `fetch(input, init)` callers (token endpoints), leaving input and init as they are. */
export function timeoutInitFetch(inner: typeof fetch, timeoutMs: number): typeof fetch {
  if (!(timeoutMs > 0)) return inner;
  const sweeper = new DeadlineSweeper(timeoutMs);
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    const outer = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return withDeadline(sweeper, timeoutMs, method, url, outer ?? undefined, (signal) =>
      inner(input, { ...init, signal }),
    );
  };
}

/** Runs one attempt with a signal that aborts on the caller's abort or when the deadline passes. */
async function withDeadline(
  sweeper: DeadlineSweeper,
  timeoutMs: number,
  method: string,
  url: string,
  outer: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<Response>,
): Promise<Response> {
  const controller = new AbortController();
  const forward = () => controller.abort(outer?.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener("abort", forward, { once: true });
  const ticket = sweeper.track(() =>
    controller.abort(new RequestTimeoutError(method, url, timeoutMs)),
  );
  try {
    return await run(controller.signal);
  } finally {
    sweeper.release(ticket);
    outer?.removeEventListener("abort", forward);
  }
}
