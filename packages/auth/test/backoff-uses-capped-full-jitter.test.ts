import fc from "fast-check";
import { expect, it } from "vitest";
import { backoffDelay } from "../src/retry/backoff.js";

it("draws each delay uniformly from 1 ms up to below min(max, base * 2^attempt)", () => {
  const policy = { baseDelayMs: 250, maxDelayMs: 10_000 };
  expect(backoffDelay(0, policy, () => 0.999999)).toBe(249);
  expect(backoffDelay(3, policy, () => 0.5)).toBe(1000);
  expect(backoffDelay(10, policy, () => 0.5)).toBe(5000);
  // A draw of 0 still waits 1 ms: a zero-length retry would never reach the clock (flaky fake-clock tests).
  expect(backoffDelay(2, policy, () => 0)).toBe(1);
  expect(backoffDelay(2, { baseDelayMs: 0, maxDelayMs: 0 }, () => 0.5)).toBe(0);
  fc.assert(
    fc.property(
      fc.nat(40),
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      (attempt, r) => {
        const delay = backoffDelay(attempt, policy, () => r);
        return delay >= 1 && delay < Math.min(10_000, 250 * 2 ** attempt);
      },
    ),
  );
});
