// Copies the tiny fixture repository to a temp folder so tests can edit and regenerate freely.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "mini-repo");

/** A fresh writable copy of the fixture repo (one provider: dynu). */
export async function copyMiniRepo(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "pc-mini-repo-"));
  await cp(fixture, root, { recursive: true });
  return root;
}
