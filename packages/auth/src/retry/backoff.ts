// Capped exponential backoff with full jitter (delay drawn uniformly from [1, cap]).
import type { RetryPolicy } from "./retry-policy.js";

/**
 * Delay before retry number `attempt` (0-based): uniform in [1, min(maxDelayMs, baseDelayMs * 2^attempt)).
 * Full jitter spreads a fleet's retries so they do not hit a recovering endpoint in lockstep; the 1 ms
 * floor makes every retry a real wait (a clock sees it), unless the policy's ceiling is 0.
 */
export function backoffDelay(
  attempt: number,
  policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt));
  if (ceiling <= 0) return 0;
  return Math.max(1, Math.floor(random() * ceiling));
}
