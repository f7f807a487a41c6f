// Wraps fetch so each attempt is aborted after `timeoutMs`, without losing the caller's own signal.
import { RequestTimeoutError } from "../errors/request-timeout-error.js";

/** Returns a fetch whose attempts give up after `timeoutMs` with a RequestTimeoutError. */
export function timeoutFetch(
  inner: (request: Request) => Promise<Response>,
  timeoutMs: number,
): (request: Request) => Promise<Response> {
  if (!(timeoutMs > 0)) return inner;
  return async function fetchWithTimeout(request) {
    const timer = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([request.signal, timer]);
    try {
      return await inner(new Request(request, { signal }));
    } catch (error) {
      if (timer.aborted && !request.signal.aborted) {
        throw new RequestTimeoutError(request.method, request.url, timeoutMs, { cause: error });
      }
      throw error;
    }
  };
}
