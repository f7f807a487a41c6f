// Scenario 4: generating every client from cold, check:generated, and a no-op turbo build.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CommandRun, timeCommand } from "../measure/time-command.js";
import { repoRoot } from "../repo-paths.js";
import type { CodegenFigure } from "../results.js";

const tsxNode = (script: string, ...args: string[]) =>
  timeCommand(process.execPath, ["--import", "tsx", script, ...args], repoRoot);

/** Whether to warm the turbo cache with one build before timing the no-op one. */
export interface CodegenPlan {
  warmBuildFirst: boolean;
}

// Turbo sets TURBO_HASH in the tasks it runs: under `turbo run bench` the build has just run.
// (`pnpm bench` builds first and runs the bench outside turbo: turbo hashes `--` arguments into
// every task of the run, so `turbo run bench -- --check` would leave the build cache cold.)
const underTurbo = () => process.env.TURBO_HASH !== undefined;

/**
 * Times a fresh process generating every registered provider into a temporary copy of the specs
 * (nothing in the repo is written), `check:generated` against the repo, and `pnpm build`.
 */
export async function codegen(plan: CodegenPlan): Promise<CodegenFigure> {
  const scratch = await mkdtemp(path.join(tmpdir(), "bench-codegen-"));
  let generate: CommandRun;
  try {
    await cp(path.join(repoRoot, "specs"), path.join(scratch, "specs"), { recursive: true });
    generate = await tsxNode("scripts/src/generate/generate-cli.ts", "--root", scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const check = await tsxNode("scripts/src/check-generated.ts");
  if (plan.warmBuildFirst && !underTurbo()) await pnpmBuild();
  const build = await pnpmBuild();
  return {
    generateColdMs: generate.ms,
    generateExitCode: generate.exitCode,
    checkGeneratedMs: check.ms,
    checkGeneratedExitCode: check.exitCode,
    noOpBuildMs: build.ms,
    noOpBuildExitCode: build.exitCode,
    noOpBuildFullTurbo: /FULL TURBO/.test(build.stdout + build.stderr),
    noOpBuildCacheMisses: cacheMisses(build.stdout + build.stderr),
  };
}

/** `pnpm build` at the repo root, which is `turbo run build`. */
function pnpmBuild(): Promise<CommandRun> {
  return timeCommand("pnpm", ["build"], repoRoot);
}

/** The `package#task` names turbo reports as cache misses (files changed since the last build). */
export function cacheMisses(output: string): string[] {
  const misses = new Set<string>();
  for (const match of output.matchAll(/^(\S+?):(\S+?): cache miss/gm)) {
    misses.add(`${match[1]}#${match[2]}`);
  }
  return [...misses].sort();
}
