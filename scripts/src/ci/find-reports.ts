// Where each workspace package's vitest JSON report lands, for CI's summed totals.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../generate/repo-paths.js";

/** Every workspace folder that can hold tests (the globs of pnpm-workspace.yaml). */
export function workspaceFolders(root = repoRoot): string[] {
  const dirs = [path.join(root, "scripts"), path.join(root, "demo"), path.join(root, "bench")];
  for (const parent of ["packages", "tests"]) {
    const folder = path.join(root, parent);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) dirs.push(path.join(folder, name));
  }
  return dirs;
}

/** The `.vitest/results.json` files present in the workspace. */
export function findReports(root = repoRoot): string[] {
  return workspaceFolders(root)
    .map((d) => path.join(d, ".vitest", "results.json"))
    .filter((f) => existsSync(f));
}
