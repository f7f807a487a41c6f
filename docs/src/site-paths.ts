// Where the reference's inputs and output live, resolved from this file so it works from any cwd.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where `pnpm run docs` writes the site (git-ignored). */
export const siteDir = path.join(repoRoot, "docs", "site");
