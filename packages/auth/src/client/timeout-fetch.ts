// The attempt layer: each attempt gets `timeoutMs` for response headers, and a failed one a typed error.
import { NetworkError } from "../errors/network-error.js";
import { RequestTimeoutError } from "../errors/request-timeout-error.js";
import { DeadlineSweeper } from "./deadline-sweeper.js";
import type { CallContext, Send } from "./send.js";

/**
 * Sends through the call's fetch and aborts the attempt with RequestTimeoutError when no response
 * (headers) arrives within `timeoutMs`; like ky, the timeout covers the fetch call, not the body.
 */
export function timeoutSend(timeoutMs: number): Send {
  if (!(timeoutMs > 0)) {
    return (request, call) =>
      call.fetch(request).catch((error: unknown) => {
        throw failure(error, request, call);
      });
  }
  // One shared sweep instead of a timer per request: timers dominated the per-request cost.
  const sweeper = new DeadlineSweeper(timeoutMs);
  return async function sendWithDeadline(request, call) {
    const timeoutError = () => new RequestTimeoutError(request.method, request.url, timeoutMs);
    if (call.signal || call.keepsBody) {
      return withDeadline(sweeper, call.signal, timeoutError, (signal) =>
        call.fetch(request, { signal }),
      ).catch((error: unknown) => {
        throw error instanceof RequestTimeoutError ? error : failure(error, request, call);
      });
    }
    // Safe to share: the body is read to the end before the call returns (JSON or text), and the
    // window only aborts when one of its members is still without an answer at the deadline.
    const window = sweeper.join();
    try {
      return await call.fetch(request, { signal: window.signal });
    } catch (error) {
      throw window.timedOut ? timeoutError() : failure(error, request, call);
    } finally {
      window.leave();
    }
  };
}

/** The caller's own abort stays as it is; anything else fetch threw means no answer came. */
function failure(error: unknown, request: Request, call: CallContext): unknown {
  if (call.signal?.aborted || request.signal.aborted) return error;
  return new NetworkError(request.method, request.url, error);
}

/**
 * Runs one attempt with a signal that aborts on the caller's abort or when the deadline passes.
 * Only a caller's own signal gets a listener: listeners cost more than the rest of the attempt.
 */
async function withDeadline(
  sweeper: DeadlineSweeper,
  outer: AbortSignal | undefined,
  timeoutError: () => RequestTimeoutError,
  run: (signal: AbortSignal) => Promise<Response>,
): Promise<Response> {
  const controller = new AbortController();
  const forward = () => controller.abort(outer?.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener("abort", forward, { once: true });
  const ticket = sweeper.track(() => controller.abort(timeoutError()));
  try {
    return await run(controller.signal);
  } finally {
    sweeper.release(ticket);
    outer?.removeEventListener("abort", forward);
  }
}
