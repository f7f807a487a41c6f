// Scenario 5: tsc cost of a consumer calling every provider, ours against bare openapi-fetch.
import path from "node:path";
import { median } from "../measure/statistics.js";
import { benchParts } from "../provider-parts/provider-parts.js";
import { benchRoot, repoRoot } from "../repo-paths.js";
import type { TypeCheckFigure, TypeCheckRun } from "../results.js";
import { runTsc } from "../typecheck/run-tsc.js";
import { writeConsumers } from "../typecheck/write-consumers.js";

/** Runs both consumers `rounds` times, alternating which goes first; medians per figure. */
export async function typeCheck(rounds: number): Promise<TypeCheckFigure> {
  const dir = path.join(benchRoot, ".cache", "typecheck");
  const calls = (await benchParts()).map((p) => ({ provider: p.provider, ...p.typeCheckCalls }));
  const projects = await writeConsumers({ dir, repoRoot }, calls);
  const ours: TypeCheckRun[] = [];
  const bare: TypeCheckRun[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      ours.push(await runTsc(projects.ours));
      bare.push(await runTsc(projects.bare));
    } else {
      bare.push(await runTsc(projects.bare));
      ours.push(await runTsc(projects.ours));
    }
  }
  const o = medianRun(ours);
  const b = medianRun(bare);
  return {
    ours: o,
    bare: b,
    checkTimeRatio: o.checkTimeS / b.checkTimeS,
    totalTimeRatio: o.totalTimeS / b.totalTimeS,
    memoryRatio: o.memoryKb / b.memoryKb,
    instantiationsRatio: o.instantiations / b.instantiations,
  };
}

/** Figure-by-figure median of several runs (counts do not vary, times and memory do). */
function medianRun(runs: readonly TypeCheckRun[]): TypeCheckRun {
  const of = (pick: (r: TypeCheckRun) => number) => median(runs.map(pick));
  return {
    checkTimeS: of((r) => r.checkTimeS),
    totalTimeS: of((r) => r.totalTimeS),
    memoryKb: of((r) => r.memoryKb),
    instantiations: of((r) => r.instantiations),
    types: of((r) => r.types),
    errors: Math.max(...runs.map((r) => r.errors)),
  };
}
