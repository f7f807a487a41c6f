// Runs tsc on a project and reports which files have errors, for the package and fixture guards.
import { execFile } from "node:child_process";
import path from "node:path";
import { repoRoot } from "../../generate/repo-paths.js";

/** One file's first type error. */
export interface FileError {
  file: string;
  error: string;
}

/** Type-checks `tsconfig` (noEmit); resolves with every file that has errors (absolute paths), first message each. */
export function typecheckProject(tsconfig: string, root = repoRoot): Promise<FileError[]> {
  const tsc = path.join(root, "node_modules", ".bin", "tsc");
  const cwd = path.dirname(tsconfig);
  const options = { cwd, maxBuffer: 32 << 20 };
  return new Promise((resolve) => {
    execFile(tsc, ["--noEmit", "--pretty", "false", "-p", tsconfig], options, (error, stdout) => {
      if (!error) return resolve([]);
      const byFile = new Map<string, string>();
      for (const line of String(stdout).split("\n")) {
        const match = /^(.+?)\(\d+,\d+\): error (TS\d+: .*)$/.exec(line);
        // tsc names files relative to its cwd; callers resolve them against the repo root.
        const file = match ? path.resolve(cwd, match[1]!) : undefined;
        if (file && !byFile.has(file)) byFile.set(file, match![2]!);
      }
      if (byFile.size === 0) byFile.set(tsconfig, String(stdout).trim() || String(error.message));
      resolve([...byFile].map(([file, message]) => ({ file, error: message })));
    });
  });
}
