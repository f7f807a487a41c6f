// Paths the benchmark needs, resolved from this file so it runs from any working directory.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { providerNames } from "@provider-clients/scripts/providers";

/** The bench package folder. */
export const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The monorepo root. */
export const repoRoot = path.resolve(benchRoot, "..");

/** The providers measured, in report order: every registered one (specs/<name>/source.json). */
export const providers: readonly string[] = providerNames;
