// A request quota per credential in fixed windows of the fake's clock, spelled as the provider's headers.
import type { FakeQuota } from "./config-types.js";

/** Counts requests and spells the quota. */
export interface QuotaMeter {
  /** Counts one request of `key` when the window has room; the headers after it. */
  take(key: string): { allowed: boolean; headers: Readonly<Record<string, string>> };
  /** The headers of a used-up quota that resets in `seconds` (a rate-limited fault). */
  spent(seconds: number): Readonly<Record<string, string>>;
}

/** A meter for `quota` on `now` (epoch ms). */
export function createQuotaMeter(quota: FakeQuota, now: () => number): QuotaMeter {
  const windows = new Map<string, { resetAt: number; used: number }>();
  const spell = (remaining: number, resetAtMs: number) =>
    quota.headers({ limit: quota.limit, remaining, resetAt: Math.ceil(resetAtMs / 1000) });
  return {
    take(key) {
      let window = windows.get(key);
      if (!window || now() >= window.resetAt) {
        window = { resetAt: now() + quota.windowSeconds * 1000, used: 0 };
        windows.set(key, window);
      }
      const allowed = window.used < quota.limit;
      if (allowed) window.used += 1;
      return { allowed, headers: spell(quota.limit - window.used, window.resetAt) };
    },
    spent: (seconds) => spell(0, now() + seconds * 1000),
  };
}
