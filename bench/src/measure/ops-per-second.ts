// Interleaved throughput rounds: every contender runs once per round, in a rotating order.
import { median } from "./statistics.js";

/** Something to measure: one awaited call per operation. */
export interface Contender {
  name: string;
  call(): Promise<unknown>;
}

/** How long to run each contender. */
export interface RoundPlan {
  warmupMs: number;
  roundMs: number;
  rounds: number;
}

/** A contender's ops/s in each round and their median. */
export interface OpsResult {
  name: string;
  rounds: number[];
  median: number;
}

/**
 * Runs each contender for `roundMs` of sequential awaited calls per round, rotating the order
 * so no contender always goes first (after GC or JIT work of another); reports median ops/s.
 */
export async function measureOpsPerSecond(
  contenders: readonly Contender[],
  plan: RoundPlan,
): Promise<OpsResult[]> {
  for (const contender of contenders) await runFor(contender, plan.warmupMs);
  const rounds = contenders.map(() => [] as number[]);
  for (let round = 0; round < plan.rounds; round++) {
    for (let step = 0; step < contenders.length; step++) {
      const index = (round + step) % contenders.length;
      rounds[index]!.push(await runFor(contenders[index]!, plan.roundMs));
    }
  }
  return contenders.map((contender, index) => ({
    name: contender.name,
    rounds: rounds[index]!,
    median: median(rounds[index]!),
  }));
}

/** Calls `contender` back to back for about `ms`; returns calls per second. */
async function runFor(contender: Contender, ms: number): Promise<number> {
  const start = performance.now();
  const end = start + ms;
  let calls = 0;
  let now = start;
  while (now < end) {
    await contender.call();
    calls++;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}
