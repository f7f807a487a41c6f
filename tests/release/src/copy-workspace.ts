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
  // One commit, so `changeset publish` has a HEAD to put its release tags on.
  await runOk("git", ["add", "-A"], { cwd: target });
  await runOk(
    "git",
    [
      "-c",
      "user.name=release-test",
      "-c",
      "user.email=release-test@example.invalid",
      "commit",
      "-qm",
      "snapshot",
    ],
    { cwd: target },
  );
  return target;
}
