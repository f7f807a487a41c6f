// Runs a TypeScript worker in a real child process (via tsx) and collects its output.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

/** Starts `test/support/<script>` with args; stdout is collected as text. */
export function startChild(
  script: string,
  args: string[],
): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", `test/support/${script}`, ...args], {
    cwd: packageDir,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const output = new Promise<string>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0 || signal === "SIGKILL") resolve(stdout);
      else reject(new Error(`${script} exited with ${code ?? signal}: ${stderr}`));
    });
  });
  return { child, output };
}

/** Resolves when the child prints `line` on stdout. */
export function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.split("\n").includes(line)) {
        child.stdout?.off("data", onData);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
  });
}
