// The attempt layer: one fetch (called unbound) within `timeoutMs`; a failed attempt becomes a typed error.
import { NetworkError } from "../errors/network-error.js";
import { RequestTimeoutError } from "../errors/request-timeout-error.js";
import { Deadline } from "./deadline.js";
import { guardBody } from "./guarded-body.js";
import type { CallContext, Send } from "./send.js";

/**
 * Sends through the call's fetch and aborts the attempt with RequestTimeoutError when no response
 * (headers) arrives within the call's `timeoutMs` or the client's; like ky, the body is not timed.
 */
export function timeoutSend(clientTimeoutMs: number, limits: BodyLimits = {}): Send {
  const guarded = limits.maxBodyBytes !== undefined || limits.timeoutCoversBody === true;
  return function sendWithDeadline(request, call) {
    // Unbound on purpose: browsers throw "Illegal invocation" when fetch's `this` is not the window.
    const fetch = call.fetch;
    const timeoutMs = call.timeoutMs ?? clientTimeoutMs;
    if (!(timeoutMs > 0)) {
      // Without a deadline the request's own signal (which follows the caller's) is all it needs.
      const sent = fetch(request, call.redirect ? { redirect: call.redirect } : undefined).catch(
        (error: unknown) => {
          throw failure(error, request, call);
        },
      );
      return guarded
        ? sent.then((response) =>
            guardBody(response, request, { maxBytes: limits.maxBodyBytes, timeoutMs }),
          )
        : sent;
    }
    const deadline = new Deadline(timeoutMs, call.signal);
    return fetch(request, { signal: deadline.signal, redirect: call.redirect ?? "follow" }).then(
      (response) => {
        if (!guarded) {
          deadline.stop();
          return response;
        }
        if (!limits.timeoutCoversBody) deadline.stop();
        const covering = limits.timeoutCoversBody ? deadline : undefined;
        return guardBody(response, request, {
          maxBytes: limits.maxBodyBytes,
          deadline: covering,
          timeoutMs,
        });
      },
      (error: unknown) => {
        deadline.stop();
        if (!deadline.passed) throw failure(error, request, call);
        throw new RequestTimeoutError(request.method, request.url, timeoutMs, { cause: error });
      },
    );
  };
}

/** Opt-in limits on API bodies (token bodies always have both: 1 MiB, within `timeoutMs`). */
export interface BodyLimits {
  maxBodyBytes?: number | undefined;
  timeoutCoversBody?: boolean | undefined;
}

/** The caller's own abort stays as it is; anything else fetch threw means no answer came. */
function failure(error: unknown, request: Request, call: CallContext): unknown {
  if (call.signal?.aborted || request.signal.aborted) return error;
  return new NetworkError(request.method, request.url, error);
}
