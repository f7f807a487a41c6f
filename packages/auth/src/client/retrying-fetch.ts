// Wraps a send with the API retry policy: 429 for any method, 5xx and network errors when idempotent.

import { backoffDelay } from "../retry/backoff.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import { type RetryPolicy, retryPolicy } from "../retry/retry-policy.js";
import type { Clock, RetryOptions } from "../types.js";
import type { Send } from "./send.js";

const idempotent = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/** Default API retry policy: two extra attempts, 200 ms doubling to 5 s, Retry-After up to 60 s. */
export const defaultApiRetry: RetryPolicy = {
  retries: 2,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 60_000,
};

/** Returns a send that retries per `options`, replaying a clone of the request each time. */
export function retryingSend(inner: Send, options: RetryOptions, clock: Clock): Send {
  const policy = retryPolicy(options, defaultApiRetry);
  return async function sendWithRetry(request, call) {
    const canRepeat = idempotent.has(request.method);
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= policy.retries;
      // A request without a body can be sent again as it is; only a body needs a fresh copy.
      const copy = last || request.body === null ? request : request.clone();
      let response: Response;
      try {
        response = await inner(copy, call);
      } catch (error) {
        if (last || !canRepeat || request.signal.aborted) throw error;
        await clock.sleep(backoffDelay(attempt, policy), request.signal);
        continue;
      }
      if (last) return response;
      if (response.status === 429) {
        const wait = parseRetryAfter(response.headers.get("retry-after"), clock.now());
        if (wait !== undefined && wait > policy.maxRetryAfterMs) return response;
        await response.body?.cancel();
        await clock.sleep(wait ?? backoffDelay(attempt, policy), request.signal);
        continue;
      }
      if (response.status >= 500 && canRepeat) {
        await response.body?.cancel();
        await clock.sleep(backoffDelay(attempt, policy), request.signal);
        continue;
      }
      return response;
    }
  };
}
