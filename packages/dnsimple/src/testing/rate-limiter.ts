// DNSimple's hourly request quota per credential, reported in X-RateLimit-* headers on every answer.
import type { Clock } from "@provider-clients/auth";

/** Quota settings; DNSimple allows a fixed number of requests per hour. */
export interface RateLimitOptions {
  /** Requests per window; default 2400. */
  limit?: number;
  /** Window length in ms; default one hour. */
  windowMs?: number;
}

/** The quota state after counting one request. */
export interface RateLimitVerdict {
  allowed: boolean;
  headers: Record<string, string>;
}

/** Counts requests per credential in fixed windows. */
export interface RateLimiter {
  /** Counts a request for `key` and tells whether it fits in the quota. */
  hit(key: string): RateLimitVerdict;
  /** The headers for `key` without counting a request. */
  peek(key: string): Record<string, string>;
}

/** Creates a limiter whose windows follow `clock`. */
export function createRateLimiter(
  clock: Pick<Clock, "now">,
  options: RateLimitOptions = {},
): RateLimiter {
  const limit = options.limit ?? 2400;
  const windowMs = options.windowMs ?? 3_600_000;
  const windows = new Map<string, { resetAt: number; used: number }>();
  const current = (key: string) => {
    const now = clock.now();
    let window = windows.get(key);
    if (!window || now >= window.resetAt) {
      window = { resetAt: now + windowMs, used: 0 };
      windows.set(key, window);
    }
    return window;
  };
  const headersOf = (window: { resetAt: number; used: number }) => ({
    "X-RateLimit-Limit": String(limit),
    "X-RateLimit-Remaining": String(Math.max(0, limit - window.used)),
    "X-RateLimit-Reset": String(Math.ceil(window.resetAt / 1000)),
  });
  return {
    hit(key) {
      const window = current(key);
      if (window.used >= limit) return { allowed: false, headers: headersOf(window) };
      window.used += 1;
      return { allowed: true, headers: headersOf(window) };
    },
    peek: (key) => headersOf(current(key)),
  };
}
