// DNSimple's hourly quota as reported on every answer: X-RateLimit-Limit, -Remaining and -Reset.

/** The quota a response reports. */
export interface RateLimit {
  /** Requests allowed per window (an hour). */
  limit: number;
  /** Requests left in the current window. */
  remaining: number;
  /** When the window resets, epoch ms (the header carries Unix seconds). */
  resetAt: number;
}

/**
 * Reads the rate-limit headers from a response, or from an openapi-fetch result's `response`;
 * undefined when any of the three is missing or not a number.
 */
export function rateLimitOf(source: Response | { response: Response }): RateLimit | undefined {
  const headers = (source instanceof Response ? source : source.response).headers;
  const limit = integerHeader(headers, "x-ratelimit-limit");
  const remaining = integerHeader(headers, "x-ratelimit-remaining");
  const reset = integerHeader(headers, "x-ratelimit-reset");
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return { limit, remaining, resetAt: reset * 1000 };
}

function integerHeader(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)?.trim();
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
