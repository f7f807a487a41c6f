// Scenario 1: per-request overhead over a fetch that answers on the next tick.
import { fileURLToPath } from "node:url";
import { attributionContenderNames } from "../contenders/attribution-contenders.js";
import { driftDetectionContenderName } from "../contenders/drift-detection-contender.js";
import { contenderNames } from "../contenders/four-contenders.js";
import type { RoundPlan } from "../measure/ops-per-second.js";
import { median } from "../measure/statistics.js";
import { timeCommand } from "../measure/time-command.js";
import { benchRoot } from "../repo-paths.js";
import type { OpsFigure } from "../results.js";
import type { PairRounds } from "../stub/pair-process.js";

const pairProcess = fileURLToPath(new URL("../stub/pair-process.ts", import.meta.url));

/**
 * Measures every contender against bare openapi-fetch, each pair in a process of its own: in one
 * shared process, each client's functions flowing through openapi-fetch's shared call sites slow
 * all the others, which no application with one client sees.
 */
export async function stubbedOverhead(plan: RoundPlan): Promise<OpsFigure[]> {
  const names = [
    contenderNames.plainFetch,
    contenderNames.apiKey,
    contenderNames.managed,
    driftDetectionContenderName,
    ...attributionContenderNames,
  ];
  const pairs: PairRounds[] = [];
  for (const name of names) pairs.push(await runPair(name, plan));
  const bareRounds = pairs.flatMap((p) => p.bareRounds);
  const bare: OpsFigure = {
    name: contenderNames.bare,
    opsPerSecond: median(bareRounds),
    bareOpsPerSecond: median(bareRounds),
    ratioToBare: 1,
    timeRatioToBare: 1,
    rounds: bareRounds,
  };
  // Ratios are paired per round (bare and contender ran milliseconds apart), then the median is
  // taken: the machine's speed drifts between rounds far more than within one.
  const pairedMedian = (p: PairRounds, ratio: (ours: number, base: number) => number) =>
    median(p.rounds.map((ours, k) => ratio(ours, p.bareRounds[k]!)));
  const figures = pairs.map((p) => ({
    name: p.name,
    opsPerSecond: median(p.rounds),
    bareOpsPerSecond: median(p.bareRounds),
    ratioToBare: pairedMedian(p, (ours, base) => ours / base),
    timeRatioToBare: pairedMedian(p, (ours, base) => base / ours),
    rounds: p.rounds,
  }));
  return [figures[0]!, bare, ...figures.slice(1)];
}

/** Runs one contender against bare openapi-fetch in a fresh process. */
async function runPair(name: string, plan: RoundPlan): Promise<PairRounds> {
  const run = await timeCommand(
    process.execPath,
    ["--import", "tsx", pairProcess, name, JSON.stringify(plan)],
    benchRoot,
  );
  if (run.exitCode !== 0) {
    throw new Error(`stubbed pair "${name}" failed (exit ${run.exitCode}): ${run.stderr.trim()}`);
  }
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as PairRounds;
}
