// Where each workspace package's vitest JSON report lands, for CI's summed totals.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../generate/repo-paths.js";

/** Every workspace folder that can hold tests (the globs of pnpm-workspace.yaml). */
export function workspaceFolders(root = repoRoot): string[] {
  const dirs = ["scripts", "demo", "bench", "docs"].map((name) => path.join(root, name));
  for (const parent of ["packages", "tests"]) {
    const folder = path.join(root, parent);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) dirs.push(path.join(folder, name));
  }
  return dirs;
}

/**
 * The vitest reports present in the workspace: `.vitest/results.json` from the main run and
 * `.vitest/results-node<major>.json` from the runs on other Node releases (.ci/test-node-versions.sh).
 */
export function findReports(root = repoRoot): string[] {
  return workspaceFolders(root).flatMap((dir) => {
    const folder = path.join(dir, ".vitest");
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => /^results(-node\d+)?\.json$/.test(name))
      .sort()
      .map((name) => path.join(folder, name));
  });
}

/** The Node release a report belongs to: its `-node<major>` suffix, or "default" for the main run. */
export function reportRuntime(file: string): string {
  const match = /-node(\d+)\.json$/.exec(file);
  return match ? `node ${match[1]}` : "default";
}
