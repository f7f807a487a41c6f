// Per-test counts for the closing summary, carried to the reporter in the test's meta.
import type { TestContext } from "vitest";

/** What one test tried. */
export interface Tally {
  faults?: number;
  badInputs?: number;
  secretsSearched?: number;
}

declare module "vitest" {
  interface TaskMeta {
    reliability?: Required<Tally>;
  }
}

/** Adds `counts` to the running test's tally. */
export function tally(context: Pick<TestContext, "task">, counts: Tally): void {
  const meta = context.task.meta;
  const current = meta.reliability ?? { faults: 0, badInputs: 0, secretsSearched: 0 };
  meta.reliability = {
    faults: current.faults + (counts.faults ?? 0),
    badInputs: current.badInputs + (counts.badInputs ?? 0),
    secretsSearched: current.secretsSearched + (counts.secretsSearched ?? 0),
  };
}
