// Temporary repository roots for the spec tools, so the real repo is never touched.
import { cp, mkdir, mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "../support/run-child.js";

/** A fresh temporary directory. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `reliability-${prefix}-`));
}

/** Copies `relative` (a file or folder of the real repo) into `root` at the same place. */
export async function copyFromRepo(root: string, relative: string): Promise<void> {
  const target = path.join(root, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await cp(path.join(repoRoot, relative), target, { recursive: true });
}

/** Every file under `dir` (relative path -> content); folders are walked, symlinks skipped. */
export async function snapshotTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (at: string) => {
    let entries: string[];
    try {
      entries = (await readdir(at)).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const full = path.join(at, name);
      const info = await stat(full);
      if (info.isDirectory()) await walk(full);
      else if (info.isFile()) {
        // Large inputs are compared by size and head only; the tools never write them.
        const content = info.size > 1_000_000 ? `${info.size} bytes` : await readFile(full, "utf8");
        out.set(path.relative(dir, full), content);
      }
    }
  };
  await walk(dir);
  return out;
}
