// Advances a fake clock in steps until a promise settles (robust to zero-length jittered sleeps).
import type { FakeClock } from "../../src/testing/index.js";

/** Each time the code under test sleeps, moves time by `stepMs`; returns the settled outcome. */
export async function driveUntilSettled<T>(
  clock: FakeClock,
  promise: Promise<T>,
  stepMs: number,
): Promise<{ value?: T; error?: unknown; steps: number }> {
  let done = false;
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  void outcome.then(() => {
    done = true;
  });
  let steps = 0;
  for (;;) {
    const settled = await Promise.race([outcome, clock.untilSleeping().then(() => undefined)]);
    if (settled || done) return { ...(await outcome), steps };
    steps += 1;
    await clock.advance(stepMs);
  }
}
