// Paths the benchmark needs, resolved from this file so it runs from any working directory.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The bench package folder. */
export const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The monorepo root. */
export const repoRoot = path.resolve(benchRoot, "..");

/** The providers measured, in report order. */
export const providers = ["adguard-dns", "dynu", "dynata", "dnsimple"] as const;
