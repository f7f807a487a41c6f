// Lets the shared 429 retry wait for DNSimple's quota reset when the answer carries no Retry-After.
import { rateLimitOf } from "./rate-limit.js";

/**
 * Wraps fetch so a 429 without Retry-After gets one (an HTTP-date) from X-RateLimit-Reset; the
 * client's retry policy then waits until the reset, or gives up when that is past `maxRetryAfterMs`.
 */
export function rateLimitAwareFetch(inner: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (response.status !== 429 || response.headers.has("retry-after")) return response;
    const quota = rateLimitOf(response);
    if (!quota) return response;
    const headers = new Headers(response.headers);
    headers.set("retry-after", new Date(quota.resetAt).toUTCString());
    const copy = new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
    // A constructed Response has no URL; errors and logs need the original one.
    Object.defineProperty(copy, "url", { value: response.url });
    return copy;
  };
}
