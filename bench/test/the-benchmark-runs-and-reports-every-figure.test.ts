// Smoke test: `bench-cli --quick` runs every scenario and writes a JSON with every figure, sane.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driftDetectionContenderName } from "../src/contenders/drift-detection-contender.js";
import { contenderNames } from "../src/contenders/four-contenders.js";
import { providers } from "../src/repo-paths.js";
import type { BenchResults } from "../src/results.js";

const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let dir: string;
let exitCode: number | null;
let stdout = "";
let results: BenchResults;

const positive = (n: number) => expect(Number.isFinite(n) && n > 0, `${n} > 0`).toBe(true);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "bench-smoke-"));
  const out = path.join(dir, "results.json");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/bench-cli.ts", "--quick", "--out", out],
    { cwd: benchRoot, stdio: ["ignore", "pipe", "inherit"] },
  );
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  exitCode = await new Promise((resolve) => child.once("close", resolve));
  results = JSON.parse(await readFile(out, "utf8")) as BenchResults;
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("bench-cli --quick", () => {
  it("exits 0 without --check and prints a Markdown report with the budgets table", () => {
    expect(exitCode).toBe(0);
    expect(stdout).toContain("| contender | ops/s (median)");
    expect(stdout).toContain("## Budgets");
  });

  it("records the machine and the date", () => {
    positive(results.machine.cores);
    expect(results.machine.cpuModel.length).toBeGreaterThan(0);
    expect(results.machine.node).toBe(process.version);
    expect(Number.isNaN(Date.parse(results.machine.date))).toBe(false);
    expect(results.machine.quick).toBe(true);
  });

  it("measures the four contenders over the stubbed fetch with ratios to bare openapi-fetch", () => {
    for (const name of Object.values(contenderNames)) {
      const figure = results.stubbedOverhead.find((f) => f.name === name);
      expect(figure, name).toBeDefined();
      positive(figure!.opsPerSecond);
      positive(figure!.bareOpsPerSecond);
      positive(figure!.timeRatioToBare);
      expect(figure!.rounds.length).toBeGreaterThan(1);
    }
    const bare = results.stubbedOverhead.find((f) => f.name === contenderNames.bare)!;
    expect(bare.timeRatioToBare).toBe(1);
  });

  it("measures drift detection beside the plain client over the same stubbed fetch", () => {
    const figure = results.stubbedOverhead.find((f) => f.name === driftDetectionContenderName);
    positive(figure?.opsPerSecond ?? 0);
    positive(figure?.timeRatioToBare ?? 0);
  });

  it("measures the four contenders over loopback HTTP with p50 <= p99", () => {
    expect(results.loopback.map((f) => f.name)).toEqual(Object.values(contenderNames));
    for (const f of results.loopback) {
      positive(f.p50Ms);
      expect(f.p99Ms).toBeGreaterThanOrEqual(f.p50Ms);
      positive(f.requestsPerSecond);
      positive(f.requests);
    }
  });

  it("sends exactly one token request per burst of concurrent calls at expiry", () => {
    const r = results.refreshUnderLoad;
    positive(r.concurrentCalls);
    expect(r.tokenRequestsPerBurst.length).toBeGreaterThan(0);
    for (const n of r.tokenRequestsPerBurst) expect(n).toBe(1);
    expect(r.failedCalls).toBe(0);
    positive(r.warmBatchMs);
    positive(r.expiredBatchMs);
    expect(r.expiredP99Ms).toBeGreaterThanOrEqual(r.expiredP50Ms);
  });

  it("times codegen from cold, check:generated and a no-op build", () => {
    const c = results.codegen;
    expect(c.generateExitCode).toBe(0);
    positive(c.generateColdMs);
    positive(c.checkGeneratedMs);
    expect([0, 1]).toContain(c.checkGeneratedExitCode);
    expect(c.noOpBuildExitCode).toBe(0);
    positive(c.noOpBuildMs);
    expect(typeof c.noOpBuildFullTurbo).toBe("boolean");
  });

  it("type-checks both consumers without errors and reports tsc's figures", () => {
    const t = results.typeCheck;
    for (const run of [t.ours, t.bare]) {
      expect(run.errors).toBe(0);
      positive(run.checkTimeS);
      positive(run.totalTimeS);
      positive(run.memoryKb);
      positive(run.instantiations);
    }
    positive(t.checkTimeRatio);
    positive(t.instantiationsRatio);
  });

  it("weighs the peers (official DNSimple SDK, Octokit core, bare openapi-fetch) in the same run", () => {
    const { peers } = results.bundle;
    expect(peers.map((p) => p.name)).toHaveLength(3);
    for (const p of peers) {
      positive(p.gzipped);
      expect(p.gzipped).toBeLessThan(p.minified);
    }
    expect(peers.filter((p) => p.comparedWith === "dnsimple")).toHaveLength(1);
    expect(stdout).toContain("official dnsimple SDK");
  });

  it("finds no token-engine file in a static consumer and the engine in the managed one", () => {
    for (const f of results.bundle.providers) {
      if (f.staticCredential) expect(f.tokenEngineFiles, f.provider).toEqual([]);
      else expect(f.tokenEngineFiles.length, f.provider).toBeGreaterThan(0);
    }
  });

  it("weighs a bundle per provider against the bare openapi-fetch bundle", async () => {
    const { bareOpenapiFetch, providers: figures } = results.bundle;
    positive(bareOpenapiFetch.gzipped);
    expect(bareOpenapiFetch.gzipped).toBeLessThan(bareOpenapiFetch.minified);
    expect(figures.map((f) => f.provider)).toEqual([...providers]);
    for (const f of figures) {
      expect(f.ours.minified).toBeGreaterThan(bareOpenapiFetch.minified);
      positive(f.beyondOpenapiFetch.gzipped);
      positive(f.operationTable.gzipped);
      // Drift detection lives in its own entry: it adds the validators, the plain bundle never has them.
      // (a package without a `/validate` entry, as a scaffolded one, has no drift-detection bundle).
      const manifest = path.join(benchRoot, "..", "packages", f.provider, "package.json");
      const { exports } = JSON.parse(await readFile(manifest, "utf8")) as { exports: object };
      expect(f.withDriftDetection !== null, f.provider).toBe("./validate" in exports);
      if (f.withDriftDetection)
        expect(f.withDriftDetection.gzipped).toBeGreaterThan(f.ours.gzipped);
      positive(f.minifiedBytesByOrigin["openapi-fetch"] ?? 0);
      // Each origin's gzipped share comes from the source map: openapi-fetch's is most of the bare bundle.
      positive(f.gzippedBytesByOrigin["openapi-fetch"] ?? 0);
      expect(f.gzippedBytesByOrigin["openapi-fetch"]).toBeLessThan(bareOpenapiFetch.gzipped);
      expect(f.gzippedBytesByOrigin[`${f.provider} generated`]).toBeGreaterThan(0);
    }
  });

  it("evaluates every budget", () => {
    // Five speed, burst, codegen and type-check budgets, three bundle sizes and the tree-shaking check.
    expect(results.budgets.length).toBe(5 + 4);
    for (const b of results.budgets) expect(typeof b.met).toBe("boolean");
  });
});
