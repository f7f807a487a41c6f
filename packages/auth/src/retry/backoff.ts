// Capped exponential backoff with full jitter (delay drawn uniformly from [0, cap]).
import type { RetryPolicy } from "./retry-policy.js";

/**
 * Delay before retry number `attempt` (0-based): uniform in [0, min(maxDelayMs, baseDelayMs * 2^attempt)].
 * Full jitter spreads a fleet's retries so they do not hit a recovering endpoint in lockstep.
 */
export function backoffDelay(
  attempt: number,
  policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}
