// Writes the results file whole or not at all: temp file in the same folder, then rename.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes `value` as pretty JSON to `file` via a temp file and a rename. */
export async function writeJsonAtomically(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}
