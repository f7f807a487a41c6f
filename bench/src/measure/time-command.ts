// Runs a command to completion and times it from spawn to exit.
import { spawn } from "node:child_process";

/** Exit code, wall time and captured output of one command run. */
export interface CommandRun {
  exitCode: number;
  ms: number;
  stdout: string;
  stderr: string;
}

/** Spawns `command args` in `cwd` (no shell), capturing output; never rejects on a non-zero exit. */
export function timeCommand(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.once("error", reject);
    child.once("close", (code, signal) => {
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        ms: performance.now() - start,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}
