// A temporary copy of the whole working tree with its own node_modules, for flows that rewrite the repo.
import { execFile } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { copyWorkingTree } from "../src/testing/copy-working-tree.js";
import { repoRoot } from "./helpers-upstream.js";

/** Exit code and output of one command. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command; resolves with its exit code and output instead of rejecting on a non-zero exit. */
export function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Copies the working tree to a temp folder and installs dependencies offline. */
export async function copyWorkspace(prefix: string): Promise<string> {
  const target = await copyWorkingTree(repoRoot, prefix);
  // The store already holds every package, so this only links (no network).
  const installed = await run("pnpm", ["install", "--frozen-lockfile", "--offline"], target);
  if (installed.code !== 0)
    throw new Error(`pnpm install in the copy failed:\n${installed.stdout}\n${installed.stderr}`);
  return target;
}

/** Deletes a copy made by copyWorkspace. */
export async function removeWorkspace(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** A provider's spec, differences.md and generated client, by relative path, for byte comparisons. */
export async function snapshotProvider(
  root: string,
  provider: string,
): Promise<Map<string, string>> {
  const files = [`specs/${provider}/openapi.yaml`, `specs/${provider}/differences.md`];
  const generated = `packages/${provider}/src/generated`;
  for (const name of await readdir(path.join(root, generated))) files.push(`${generated}/${name}`);
  const snapshot = new Map<string, string>();
  for (const file of files.sort())
    snapshot.set(file, await readFile(path.join(root, file), "utf8"));
  return snapshot;
}

/** The file names in `<root>/.changeset`. */
export async function changesetFiles(root: string): Promise<string[]> {
  return (await readdir(path.join(root, ".changeset")).catch(() => [])).sort();
}

/** Runs one of the copy's own TypeScript scripts (e.g. a CLI under scripts/src) with its tsx. */
export function runScript(root: string, script: string, args: string[]): Promise<RunResult> {
  return run(path.join(root, "node_modules", ".bin", "tsx"), [script, ...args], root);
}
