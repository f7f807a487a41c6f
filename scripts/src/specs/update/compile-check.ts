// Runs tsc on a project and reports which files have errors, for the package and fixture guards.
import { execFile } from "node:child_process";
import path from "node:path";
import { repoRoot } from "../../generate/repo-paths.js";

/** One file's first type error. */
export interface FileError {
  file: string;
  error: string;
}

/** Type-checks `tsconfig` (noEmit); resolves with every file that has errors, first message each. */
export function typecheckProject(tsconfig: string, root = repoRoot): Promise<FileError[]> {
  const tsc = path.join(root, "node_modules", ".bin", "tsc");
  return new Promise((resolve) => {
    execFile(tsc, ["--noEmit", "--pretty", "false", "-p", tsconfig], { cwd: path.dirname(tsconfig), maxBuffer: 32 << 20 }, (error, stdout) => {
      if (!error) return resolve([]);
      const byFile = new Map<string, string>();
      for (const line of String(stdout).split("\n")) {
        const match = /^(.+?)\(\d+,\d+\): error (TS\d+: .*)$/.exec(line);
        if (match && !byFile.has(match[1]!)) byFile.set(match[1]!, match[2]!);
      }
      if (byFile.size === 0) byFile.set(tsconfig, String(stdout).trim() || String(error.message));
      resolve([...byFile].map(([file, message]) => ({ file, error: message })));
    });
  });
}
