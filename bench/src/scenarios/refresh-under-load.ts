// Scenario 3: many concurrent calls arrive just after the managed token expired.
import { createFakeClock } from "@provider-clients/auth/testing";
import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import { benchClientCredentials } from "../contenders/target.js";
import { median, percentile } from "../measure/statistics.js";
import type { RefreshFigure } from "../results.js";
import { listPath } from "../stub/dynu-answers.js";
import { nextTickFetch } from "../stub/next-tick-fetch.js";

/** How many calls per burst and how many warm/expired burst pairs. */
export interface RefreshPlan {
  concurrentCalls: number;
  rounds: number;
}

const tokenLifetimeMs = 8 * 60 * 60 * 1000;

// One burst: every call starts in the same synchronous loop, each latency is start-to-settle.
interface Burst {
  batchMs: number;
  latenciesMs: number[];
  failed: number;
}

/**
 * Pairs a burst on a warm token with a burst just after expiry (fake clock moved past
 * expiresAt), counting token requests during each expiry burst; reports medians over rounds.
 */
export async function refreshUnderLoad(plan: RefreshPlan): Promise<RefreshFigure> {
  const clock = createFakeClock();
  const stub = nextTickFetch();
  const client = createDynuClient({
    auth: dynuAuth.clientCredentials(benchClientCredentials),
    baseUrl: "https://bench.invalid/v2",
    fetch: stub.fetch,
    clock,
  });
  const burst = async (): Promise<Burst> => {
    const latencies: number[] = [];
    let failed = 0;
    const start = performance.now();
    const calls = Array.from({ length: plan.concurrentCalls }, async () => {
      const began = performance.now();
      const result = await client.GET(listPath).catch(() => undefined);
      if (!result?.response.ok || result.data === undefined) failed++;
      latencies.push(performance.now() - began);
    });
    await Promise.all(calls);
    return { batchMs: performance.now() - start, latenciesMs: latencies, failed };
  };

  await burst(); // obtains the first token and warms the JIT
  const warm: Burst[] = [];
  const expired: Burst[] = [];
  const tokenRequestsPerBurst: number[] = [];
  const expiredBurst = async () => {
    await clock.advance(tokenLifetimeMs + 1_000);
    const before = stub.tokenRequests();
    expired.push(await burst());
    tokenRequestsPerBurst.push(stub.tokenRequests() - before);
  };
  // Alternating which burst goes first keeps garbage left by the previous burst from favouring one.
  for (let round = 0; round < plan.rounds; round++) {
    if (round % 2 === 0) {
      warm.push(await burst());
      await expiredBurst();
    } else {
      await expiredBurst();
      warm.push(await burst());
    }
  }
  await client.session[Symbol.asyncDispose]();

  const summary = (bursts: Burst[]) => ({
    batch: median(bursts.map((b) => b.batchMs)),
    p50: median(bursts.map((b) => percentile(b.latenciesMs, 50))),
    p99: median(bursts.map((b) => percentile(b.latenciesMs, 99))),
  });
  const w = summary(warm);
  const e = summary(expired);
  return {
    concurrentCalls: plan.concurrentCalls,
    tokenRequestsPerBurst,
    warmBatchMs: w.batch,
    expiredBatchMs: e.batch,
    addedBatchMs: e.batch - w.batch,
    warmP50Ms: w.p50,
    expiredP50Ms: e.p50,
    addedP50Ms: e.p50 - w.p50,
    warmP99Ms: w.p99,
    expiredP99Ms: e.p99,
    addedP99Ms: e.p99 - w.p99,
    failedCalls: [...warm, ...expired].reduce((sum, b) => sum + b.failed, 0),
  };
}
