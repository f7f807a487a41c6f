// Locates the repository root and the shared vendor documents for the conformance tests.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findUpstreamSpecsDir } from "../src/specs/upstream-dir.js";

/** The monorepo root (two levels above this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * The vendor documents folder, or undefined after a loud warning; on CI (CI=true) a missing
 * folder throws instead, because CI always has it.
 */
export function upstreamDirOrWarn(): string | undefined {
  const dir = findUpstreamSpecsDir(repoRoot);
  if (dir) return dir;
  const message =
    "vendor documents not found (set UPSTREAM_SPECS_DIR or provide ../shared/upstream-specs): conformance NOT checked";
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n${"!".repeat(100)}\n!!! WARNING: ${message}\n${"!".repeat(100)}\n`);
  return undefined;
}
