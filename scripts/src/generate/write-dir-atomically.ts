// Swaps a whole folder of generated files in one rename, so readers see all-old or all-new.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Replaces `dir` with exactly `files`; on any failure the previous folder is left as it was. */
export async function writeDirAtomically(dir: string, files: Map<string, string>): Promise<void> {
  const parent = path.dirname(dir);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedSwap(dir);
  const staging = path.join(parent, `.generated-tmp-${process.pid}-${Date.now()}`);
  const retired = path.join(parent, `.generated-old-${process.pid}-${Date.now()}`);
  try {
    await mkdir(staging);
    for (const [name, content] of files) await writeFile(path.join(staging, name), content);
    const hadPrevious = await exists(dir);
    if (hadPrevious) await rename(dir, retired);
    try {
      await rename(staging, dir);
    } catch (error) {
      if (hadPrevious) await rename(retired, dir);
      throw error;
    }
    if (hadPrevious) await rm(retired, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Reads a generated folder back as name -> content (empty when missing). */
export async function readDir(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!(await exists(dir))) return out;
  for (const name of (await readdir(dir)).sort()) {
    out.set(name, await readFile(path.join(dir, name), "utf8"));
  }
  return out;
}

/** A crash between the two renames leaves only the retired copy: put it back. */
async function recoverInterruptedSwap(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  if (await exists(dir)) return;
  const leftovers = (await readdir(parent)).filter((n) => n.startsWith(".generated-old-")).sort();
  const newest = leftovers.at(-1);
  if (newest) await rename(path.join(parent, newest), dir);
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
