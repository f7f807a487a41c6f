// Defaults for the token-endpoint retry policy, filled in from partial RetryOptions.
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

/** Merges user options over the defaults; `false` means no retries. */
export function retryPolicy(options?: RetryOptions | false): RetryPolicy {
  if (options === false) return { ...DEFAULT_RETRY, retries: 0 };
  return {
    retries: Math.max(0, options?.retries ?? DEFAULT_RETRY.retries),
    baseDelayMs: Math.max(0, options?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs),
    maxDelayMs: Math.max(0, options?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs),
    maxRetryAfterMs: Math.max(0, options?.maxRetryAfterMs ?? DEFAULT_RETRY.maxRetryAfterMs),
  };
}
