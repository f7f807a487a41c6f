// A clock whose time only moves when a test says so.
import type { Clock } from "../types.js";

/** A Clock driven by `advance`; sleepers wake in due-time order. */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, waking each sleeper due by then, in order, letting code run in between. */
  advance(ms: number): Promise<void>;
  /** How many sleeps are waiting. */
  pending(): number;
  /** Resolves once at least `count` sleeps are waiting (code under test may need real I/O to get there). */
  untilSleeping(count?: number): Promise<void>;
}

interface Sleeper {
  due: number;
  seq: number;
  resolve: () => void;
}

// One turn of the real event loop: queued microtasks and ready I/O callbacks run.
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Creates a fake clock starting at `start` epoch ms (default 2024-01-01T00:00:00Z). */
export function createFakeClock(start = Date.UTC(2024, 0, 1)): FakeClock {
  let now = start;
  let seq = 0;
  const sleepers: Sleeper[] = [];
  const watchers: { count: number; resolve: () => void }[] = [];

  const notify = () => {
    for (const watcher of [...watchers]) {
      if (sleepers.length >= watcher.count) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve();
      }
    }
  };

  return {
    now: () => now,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (ms <= 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const sleeper: Sleeper = { due: now + ms, seq: seq++, resolve };
        const onAbort = () => {
          const index = sleepers.indexOf(sleeper);
          if (index >= 0) sleepers.splice(index, 1);
          reject(signal?.reason);
        };
        sleeper.resolve = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        sleepers.push(sleeper);
        notify();
      });
    },
    async advance(ms) {
      const target = now + Math.max(0, ms);
      for (;;) {
        await turn();
        let next: Sleeper | undefined;
        for (const sleeper of sleepers) {
          if (sleeper.due > target) continue;
          if (
            !next ||
            sleeper.due < next.due ||
            (sleeper.due === next.due && sleeper.seq < next.seq)
          ) {
            next = sleeper;
          }
        }
        if (!next) break;
        sleepers.splice(sleepers.indexOf(next), 1);
        now = Math.max(now, next.due);
        next.resolve();
      }
      now = target;
      await turn();
    },
    pending: () => sleepers.length,
    untilSleeping(count = 1) {
      if (sleepers.length >= count) return Promise.resolve();
      return new Promise<void>((resolve) => watchers.push({ count, resolve }));
    },
  };
}
