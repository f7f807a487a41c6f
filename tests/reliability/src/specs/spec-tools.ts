// The spec pipeline's command-line tools, run as child processes through tsx.
import path from "node:path";
import { type ChildResult, repoRoot, runChild } from "../support/run-child.js";

const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
const script = (relative: string) => path.join(repoRoot, "scripts", "src", relative);

/** `specs:diff OLD NEW`. */
export const specsDiff = (oldFile: string, newFile: string): Promise<ChildResult> =>
  runChild(tsx, [script("specs/diff-cli.ts"), oldFile, newFile], { timeoutMs: 120_000 });

/** `specs:lint --root DIR`. */
export const specsLint = (root: string): Promise<ChildResult> =>
  runChild(tsx, [script("specs/lint-cli.ts"), "--root", root], { timeoutMs: 150_000 });

/** `generate PROVIDER --root DIR`. */
export const generate = (provider: string, root: string): Promise<ChildResult> =>
  runChild(tsx, [script("generate/generate-cli.ts"), provider, "--root", root], {
    timeoutMs: 120_000,
  });

/** `specs:update --root DIR --provider P --from MIRROR`. */
export const specsUpdate = (root: string, provider: string, mirror: string): Promise<ChildResult> =>
  runChild(
    tsx,
    [script("specs/update-cli.ts"), "--root", root, "--provider", provider, "--from", mirror],
    { timeoutMs: 150_000 },
  );
