// A fake clock where sleeping moves time forward at once, so retries and backoff run instantly.
import type { SteppingClock } from "@provider-clients/scripts/suites/reliability";

export type { SteppingClock };

// One turn of the real event loop, so a sleep is still asynchronous.
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Creates the clock at `start` (default 2024-01-01T00:00:00Z). Why not the auth package's fake
 * clock: retry loops sleep while real sockets are busy, and a stepping clock needs no driver loop
 * that could also age tokens by accident; the recorded sleeps prove what was waited for.
 */
export function createSteppingClock(start = Date.UTC(2024, 0, 1)): SteppingClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += Math.max(0, ms);
      await turn();
      if (signal?.aborted) throw signal.reason;
    },
    async advance(ms) {
      now += Math.max(0, ms);
      await turn();
    },
    // Nobody ever waits on this clock: sleeps return as soon as they are asked for.
    pending: () => 0,
    untilSleeping: () => Promise.resolve(),
  };
}
