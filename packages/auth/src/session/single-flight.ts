// Shares one in-flight promise among concurrent callers; clears when it settles.

/** Runs `fn` unless a run is in flight, in which case callers share that run's promise. */
export interface SingleFlight<T> {
  run(fn: () => Promise<T>): Promise<T>;
  /** The in-flight promise, if any. */
  readonly current: Promise<T> | undefined;
}

/** Creates a single-flight gate: one run at a time; success or failure is shared, then cleared. */
export function createSingleFlight<T>(): SingleFlight<T> {
  let inflight: Promise<T> | undefined;
  return {
    get current() {
      return inflight;
    },
    run(fn) {
      if (inflight) return inflight;
      const started = (async () => fn())();
      const shared = started.finally(() => {
        if (inflight === shared) inflight = undefined;
      });
      inflight = shared;
      return shared;
    },
  };
}
