// Interleaved latency rounds: a bounded number of requests per contender per round.
import type { Contender } from "./ops-per-second.js";
import { median } from "./statistics.js";

/** How many requests each contender sends per round, and how many at once. */
export interface LatencyPlan {
  warmupRequests: number;
  requestsPerRound: number;
  concurrency: number;
  rounds: number;
}

/** Every request latency of a contender plus its median throughput across rounds. */
export interface LatencyResult {
  name: string;
  latenciesMs: number[];
  requestsPerSecond: number;
}

/** Runs each contender's requests with fixed concurrency, rotating the order every round. */
export async function measureLatency(
  contenders: readonly Contender[],
  plan: LatencyPlan,
): Promise<LatencyResult[]> {
  for (const contender of contenders) {
    await runBatch(contender, plan.warmupRequests, plan.concurrency, []);
  }
  const latencies = contenders.map(() => [] as number[]);
  const throughput = contenders.map(() => [] as number[]);
  for (let round = 0; round < plan.rounds; round++) {
    for (let step = 0; step < contenders.length; step++) {
      const index = (round + step) % contenders.length;
      const contender = contenders[index]!;
      const start = performance.now();
      await runBatch(contender, plan.requestsPerRound, plan.concurrency, latencies[index]!);
      throughput[index]!.push((plan.requestsPerRound * 1000) / (performance.now() - start));
    }
  }
  return contenders.map((contender, index) => ({
    name: contender.name,
    latenciesMs: latencies[index]!,
    requestsPerSecond: median(throughput[index]!),
  }));
}

/** Sends `count` calls through `concurrency` workers, pushing each call's latency. */
async function runBatch(
  contender: Contender,
  count: number,
  concurrency: number,
  out: number[],
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const start = performance.now();
      await contender.call();
      out.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
