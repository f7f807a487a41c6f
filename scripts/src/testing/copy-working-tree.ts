// Copies a repository's working tree (tracked and untracked-but-not-ignored files) for tests that rewrite it.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** A fresh temp folder holding `root`'s working tree, without node_modules, builds or caches. */
export async function copyWorkingTree(root: string, prefix: string): Promise<string> {
  const target = await mkdtemp(path.join(tmpdir(), prefix));
  const { stdout } = await exec("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
    cwd: root,
    maxBuffer: 64 << 20,
  });
  for (const file of stdout.split("\0").filter(Boolean)) {
    const to = path.join(target, file);
    await mkdir(path.dirname(to), { recursive: true });
    await cp(path.join(root, file), to).catch((error: NodeJS.ErrnoException) => {
      // Listed by git but deleted in the working tree: not part of the copy.
      if (error.code !== "ENOENT") throw error;
    });
  }
  return target;
}
