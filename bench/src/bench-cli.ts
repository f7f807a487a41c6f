// `pnpm bench [--quick] [--check] [--out file]`: runs every measurement, prints Markdown, writes JSON.
import path from "node:path";
import { machineInfo } from "./machine.js";
import { benchRoot } from "./repo-paths.js";
import { evaluateBudgets } from "./report/budgets.js";
import { markdownReport } from "./report/markdown-report.js";
import { writeJsonAtomically } from "./report/write-json-atomically.js";
import type { BenchResults } from "./results.js";
import { fullPlan, quickPlan } from "./run-plan.js";
import { bundleSize } from "./scenarios/bundle-size.js";
import { codegen } from "./scenarios/codegen.js";
import { loopbackHttp } from "./scenarios/loopback-http.js";
import { refreshUnderLoad } from "./scenarios/refresh-under-load.js";
import { stubbedOverhead } from "./scenarios/stubbed-overhead.js";
import { typeCheck } from "./scenarios/type-check.js";

const usage = "usage: bench-cli [--quick] [--check] [--out <file.json>]";

/** Parses flags, runs the scenarios in order and returns the exit code. */
async function main(args: string[]): Promise<number> {
  const known = new Set(["--quick", "--check", "--out"]);
  const outIndex = args.indexOf("--out");
  const out = outIndex >= 0 ? args[outIndex + 1] : path.join(benchRoot, "results", "latest.json");
  const unknown = args.filter((a, i) => !known.has(a) && !(i === outIndex + 1 && outIndex >= 0));
  if (unknown.length > 0 || out === undefined) {
    console.error(`${usage}\nunknown or incomplete arguments: ${unknown.join(" ") || "--out"}`);
    return 2;
  }
  const quick = args.includes("--quick");
  const plan = quick ? quickPlan : fullPlan;
  const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    console.error(`bench: ${label}...`);
    const value = await run();
    console.error(`bench: ${label} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return value;
  };

  const measured = {
    machine: machineInfo(quick),
    stubbedOverhead: await step("1/6 per-request overhead (stubbed fetch)", () =>
      stubbedOverhead(plan.stubbed),
    ),
    loopback: await step("2/6 loopback HTTP", () => loopbackHttp(plan.loopback)),
    refreshUnderLoad: await step("3/6 refresh under load", () => refreshUnderLoad(plan.refresh)),
    codegen: await step("4/6 codegen and no-op build", () => codegen(plan.codegen)),
    typeCheck: await step("5/6 type-check cost", () => typeCheck(plan.typeCheckRounds)),
    bundle: await step("6/6 bundle size", () => bundleSize()),
  };
  const results: BenchResults = { ...measured, budgets: evaluateBudgets(measured) };
  await writeJsonAtomically(path.resolve(out), results);
  console.log(markdownReport(results));
  console.error(`bench: results written to ${path.resolve(out)}`);

  const missed = results.budgets.filter((b) => !b.met);
  if (args.includes("--check") && missed.length > 0) {
    for (const b of missed)
      console.error(`budget missed: ${b.name}: ${b.actual} (limit ${b.limit})`);
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
