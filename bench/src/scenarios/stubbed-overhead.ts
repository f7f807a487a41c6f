// Scenario 1: per-request overhead over a fetch that answers on the next tick.
import { attributionContenders } from "../contenders/attribution-contenders.js";
import { contenderNames, fourContenders } from "../contenders/four-contenders.js";
import { measureOpsPerSecond, type RoundPlan } from "../measure/ops-per-second.js";
import { median } from "../measure/statistics.js";
import type { OpsFigure } from "../results.js";
import { nextTickFetch } from "../stub/next-tick-fetch.js";

const baseUrl = "https://bench.invalid/v2";

/** Measures the four contenders plus diagnostic variants in the same interleaved rounds. */
export async function stubbedOverhead(plan: RoundPlan): Promise<OpsFigure[]> {
  const target = { baseUrl, fetch: nextTickFetch().fetch };
  const contenders = [...(await fourContenders(target)), ...(await attributionContenders(target))];
  const results = await measureOpsPerSecond(contenders, plan);
  const bare = results.find((r) => r.name === contenderNames.bare)!.rounds;
  // Ratios are paired per round (bare and contender ran seconds apart), then the median is taken:
  // the machine's speed drifts between rounds far more than within one.
  const pairedMedian = (rounds: number[], ratio: (ours: number, base: number) => number) =>
    median(rounds.map((ours, k) => ratio(ours, bare[k]!)));
  return results.map((r) => ({
    name: r.name,
    opsPerSecond: r.median,
    ratioToBare: pairedMedian(r.rounds, (ours, base) => ours / base),
    timeRatioToBare: pairedMedian(r.rounds, (ours, base) => base / ours),
    rounds: r.rounds,
  }));
}
