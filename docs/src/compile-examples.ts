// Compiles TypeScript files against the built packages, the way a user's project would.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { repoRoot } from "./site-paths.js";

/** One compiler diagnostic, with the file relative to the repository root. */
export interface CompileProblem {
  file: string;
  line: number;
  message: string;
}

/** Type-checks `files` as one program under the workspace's strict options (plus exactOptionalPropertyTypes). */
export function compileFiles(files: string[]): CompileProblem[] {
  const base = ts.readConfigFile(path.join(repoRoot, "tsconfig.base.json"), (file) =>
    readFileSync(file, "utf8"),
  );
  const parsed = ts.parseJsonConfigFileContent(
    { ...base.config, files: [], include: [] },
    ts.sys,
    repoRoot,
  );
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    skipLibCheck: true,
    exactOptionalPropertyTypes: true,
  };
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
        : undefined;
    return {
      file: diagnostic.file ? path.relative(repoRoot, diagnostic.file.fileName) : "(program)",
      line: (where?.line ?? -1) + 1,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    };
  });
}
