// Runs a command as a child process and collects its exit code and output.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** tests/reliability, where `node_modules/.bin` and `src` live. */
export const suiteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The repository root. */
export const repoRoot = path.resolve(suiteRoot, "..", "..");

/** How a child process ended. */
export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when it was killed for running past `timeoutMs`. */
  timedOut: boolean;
}

/** Runs `command args` in `cwd` (default the repo root); kills it after `timeoutMs`. */
export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? 120_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** Runs a TypeScript file of this suite with node (plus extra node flags) through tsx. */
export function runSuiteScript(
  file: string,
  nodeFlags: readonly string[] = [],
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<ChildResult> {
  return runChild(process.execPath, [...nodeFlags, "--import", "tsx", path.join(suiteRoot, file)], {
    cwd: suiteRoot,
    ...options,
  });
}
