// Scenario 2: the four contenders over real HTTP to a server in another process.
import { contenderNames, fourContenders } from "../contenders/four-contenders.js";
import { startServerProcess } from "../loopback/start-server-process.js";
import { type LatencyPlan, measureLatency } from "../measure/latency-rounds.js";
import { percentile } from "../measure/statistics.js";
import type { LoopbackFigure } from "../results.js";

/** p50/p99 latency and throughput per contender, with ratios to bare openapi-fetch. */
export async function loopbackHttp(plan: LatencyPlan): Promise<LoopbackFigure[]> {
  const server = await startServerProcess();
  try {
    const contenders = await fourContenders({ baseUrl: server.baseUrl, fetch: globalThis.fetch });
    const results = await measureLatency(contenders, plan);
    const figures = results.map((r) => ({
      name: r.name,
      p50Ms: percentile(r.latenciesMs, 50),
      p99Ms: percentile(r.latenciesMs, 99),
      requestsPerSecond: r.requestsPerSecond,
      requests: r.latenciesMs.length,
    }));
    const bare = figures.find((f) => f.name === contenderNames.bare)!;
    return figures.map((f) => ({
      ...f,
      p50RatioToBare: f.p50Ms / bare.p50Ms,
      throughputRatioToBare: f.requestsPerSecond / bare.requestsPerSecond,
    }));
  } finally {
    await server.stop();
  }
}
