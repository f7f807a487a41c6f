// A copy of the working tree that a release may mutate (versions, changelogs), as its own git repo.
import path from "node:path";
import { copyWorkingTree } from "@provider-clients/scripts/copy-working-tree";
import { runOk } from "./run.js";

/** The repository root, two levels above this package. */
export const repoRoot = path.resolve(import.meta.dirname, "../../..");

/** A temp copy of the workspace without node_modules, build output or caches. */
export async function copyWorkspace(): Promise<string> {
  const target = await copyWorkingTree(repoRoot, "pc-release-ws-");
  await runOk("git", ["init", "-q"], { cwd: target });
  return target;
}
