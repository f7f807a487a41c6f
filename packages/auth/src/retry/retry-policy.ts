// Retry policies filled in from partial RetryOptions: the token-endpoint defaults, or the caller's.
import type { RetryOptions } from "../types.js";

/** RetryOptions with every field present. */
export type RetryPolicy = Required<RetryOptions>;

/** 3 retries, 250 ms base, 10 s cap, Retry-After honoured up to 60 s. */
export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
};

/**
 * Merges user options over `defaults` (the token-endpoint ones unless given); `false` means no
 * retries. Absent or undefined fields take the default; negative ones count as 0.
 */
export function retryPolicy(
  options?: RetryOptions | false,
  defaults: RetryPolicy = DEFAULT_RETRY,
): RetryPolicy {
  if (options === false) return { ...defaults, retries: 0 };
  return {
    retries: Math.max(0, options?.retries ?? defaults.retries),
    baseDelayMs: Math.max(0, options?.baseDelayMs ?? defaults.baseDelayMs),
    maxDelayMs: Math.max(0, options?.maxDelayMs ?? defaults.maxDelayMs),
    maxRetryAfterMs: Math.max(0, options?.maxRetryAfterMs ?? defaults.maxRetryAfterMs),
  };
}
