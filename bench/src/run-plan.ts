// How much work each scenario does: the full run, or a small smoke-test scale with --quick.
import type { LatencyPlan } from "./measure/latency-rounds.js";
import type { RoundPlan } from "./measure/ops-per-second.js";
import type { CodegenPlan } from "./scenarios/codegen.js";
import type { RefreshPlan } from "./scenarios/refresh-under-load.js";

/** Every scenario's scale. */
export interface RunPlan {
  stubbed: RoundPlan;
  loopback: LatencyPlan;
  refresh: RefreshPlan;
  codegen: CodegenPlan;
  typeCheckRounds: number;
}

/** Full scale: medians over enough interleaved rounds to be stable, about two and a half minutes in all. */
export const fullPlan: RunPlan = {
  // Many short rounds per contender process: each pair runs close together, so drift cancels.
  stubbed: { warmupMs: 1_000, roundMs: 30, rounds: 151 },
  loopback: { warmupRequests: 200, requestsPerRound: 300, concurrency: 4, rounds: 10 },
  refresh: { concurrentCalls: 10_000, rounds: 2 },
  codegen: { warmBuildFirst: true },
  typeCheckRounds: 3,
};

/** Smoke scale: every figure is produced, none is worth comparing. */
export const quickPlan: RunPlan = {
  stubbed: { warmupMs: 50, roundMs: 40, rounds: 3 },
  loopback: { warmupRequests: 10, requestsPerRound: 30, concurrency: 4, rounds: 2 },
  refresh: { concurrentCalls: 2_000, rounds: 1 },
  codegen: { warmBuildFirst: false },
  typeCheckRounds: 1,
};
