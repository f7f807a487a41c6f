// Copies the working tree (tracked and untracked-but-not-ignored files) so a release can mutate it.
import { cp, mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { runOk } from "./run.js";

/** The repository root, two levels above this package. */
export const repoRoot = path.resolve(import.meta.dirname, "../../..");

/** A temp copy of the workspace without node_modules, build output or caches. */
export async function copyWorkspace(): Promise<string> {
  const target = await mkdtemp(path.join(tmpdir(), "pc-release-ws-"));
  const { stdout } = await runOk("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
    cwd: repoRoot,
  });
  for (const file of stdout.split("\0").filter(Boolean)) {
    const from = path.join(repoRoot, file);
    const to = path.join(target, file);
    await mkdir(path.dirname(to), { recursive: true });
    await cp(from, to).catch((error: NodeJS.ErrnoException) => {
      // A file listed by git but deleted in the working tree is simply not part of the copy.
      if (error.code !== "ENOENT") throw error;
    });
  }
  await runOk("git", ["init", "-q"], { cwd: target });
  return target;
}
