// Wraps a send with the API retry policy: 429 for any method, 5xx and network errors when idempotent.

import { ResponseTooLargeError } from "../errors/response-too-large-error.js";
import type { RequestLogging } from "../logging/request-logging.js";
import { backoffDelay } from "../retry/backoff.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import { type RetryPolicy, retryPolicy } from "../retry/retry-policy.js";
import type { Clock, RetryOptions } from "../types.js";
import type { CallContext, Send } from "./send.js";

const idempotent = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/** Default API retry policy: two extra attempts, 200 ms doubling to 5 s, Retry-After up to 60 s. */
export const defaultApiRetry: RetryPolicy = {
  retries: 2,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 60_000,
};

/**
 * Returns a send that retries per the client's `options`, or per the call's own `retry` (filled in
 * from the client's policy). Every attempt of a request with a body sends a copy, so the request's
 * own body is never read here and the redirect layer above can re-send it. Waits between attempts
 * end when the request's signal (which follows the caller's) aborts.
 */
export function retryingSend(
  inner: Send,
  options: RetryOptions | false,
  clock: Clock,
  logging?: RequestLogging,
): Send {
  const clientPolicy = retryPolicy(options, defaultApiRetry);
  return function sendWithRetry(request, call) {
    const policy = call.retry === undefined ? clientPolicy : retryPolicy(call.retry, clientPolicy);
    // The first attempt needs no loop: most answers are final, and only they pay for this layer.
    const first = copyOf(request);
    if (policy.retries === 0) return inner(first, call);
    return inner(first, call).then(
      (response) => {
        // Below 429 nothing is retried; above it the wait is worked out once and handed on.
        if (response.status < 429) return response;
        const wait = waitAfter(response, request, policy, clock, 0);
        return wait === undefined
          ? response
          : retry(inner, request, call, policy, clock, response, wait, logging);
      },
      (error: unknown) => {
        if (!idempotent.has(request.method) || request.signal.aborted || tooLarge(error))
          throw error;
        return retry(inner, request, call, policy, clock, error, backoffDelay(0, policy), logging);
      },
    );
  };
}

/** The wait before the next attempt, or undefined when `response` is the answer to keep. */
function waitAfter(
  response: Response,
  request: Request,
  policy: RetryPolicy,
  clock: Clock,
  attempt: number,
): number | undefined {
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get("retry-after"), clock.now());
    if (wait !== undefined && wait > policy.maxRetryAfterMs) return undefined;
    return wait ?? backoffDelay(attempt, policy);
  }
  if (response.status >= 500 && idempotent.has(request.method)) {
    return backoffDelay(attempt, policy);
  }
  return undefined;
}

/** Attempts 2..n after a first one that failed with `failed` (an answer, or what was thrown), `firstWait` ms later. */
async function retry(
  inner: Send,
  request: Request,
  call: CallContext,
  policy: RetryPolicy,
  clock: Clock,
  failed: unknown,
  firstWait: number,
  logging: RequestLogging | undefined,
): Promise<Response> {
  let wait: number | undefined = firstWait;
  if (failed instanceof Response) await failed.body?.cancel();
  for (let attempt = 1; ; attempt++) {
    if (logging) announceRetry(logging, request, attempt + 1, wait ?? 0, failed);
    await clock.sleep(wait ?? 0, request.signal);
    const last = attempt >= policy.retries;
    let response: Response;
    try {
      response = await inner(copyOf(request), logging ? { ...call, attempt: attempt + 1 } : call);
    } catch (error) {
      if (last || !idempotent.has(request.method) || request.signal.aborted || tooLarge(error))
        throw error;
      wait = backoffDelay(attempt, policy);
      failed = error;
      continue;
    }
    if (last) return response;
    wait = waitAfter(response, request, policy, clock, attempt);
    if (wait === undefined) return response;
    failed = response;
    await response.body?.cancel();
  }
}

/** A request without a body can be sent again as it is; only a body needs a fresh copy. */
function copyOf(request: Request): Request {
  return request.body === null ? request : request.clone();
}

/** A body over the cap comes back the same way every time: not worth another attempt. */
function tooLarge(error: unknown): boolean {
  return error instanceof ResponseTooLargeError;
}

/** Logs why attempt `next` comes and after how long; a 429 also logs the rate limit. */
function announceRetry(
  logging: RequestLogging,
  request: Request,
  next: number,
  delayMs: number,
  failed: unknown,
): void {
  const fields = logging.fieldsOf(request, next);
  if (failed instanceof Response && failed.status === 429) {
    logging.log("rate_limit.reached", { ...fields, waitMs: delayMs });
  }
  logging.log("request.retry", { ...fields, reason: reasonOf(failed), delayMs });
}

/** `HTTP 503`, or the error's code (`network_error`, `request_timeout`). */
function reasonOf(failed: unknown): string {
  if (failed instanceof Response) return `HTTP ${failed.status}`;
  const code = (failed as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : "network_error";
}
