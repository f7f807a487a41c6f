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
  return async function fetchWithTimeout(request) {
    const controller = new AbortController();
    const outer = request.signal;
    const forward = () => controller.abort(outer.reason);
    if (outer.aborted) forward();
    else outer.addEventListener("abort", forward, { once: true });
    const expire = () =>
      controller.abort(new RequestTimeoutError(request.method, request.url, timeoutMs));
    const ticket = sweeper.track(expire);
    try {
      return await inner(request, controller.signal);
    } finally {
      sweeper.release(ticket);
      outer.removeEventListener("abort", forward);
    }
  };
}
