// Where a provider's own part of a cross-package suite lives: `packages/<name>/suites/<suite>.ts`, beside its code.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ProviderEntry } from "./registry.js";

/** The cross-package suites a provider package may add its own part to. */
export type SuiteName =
  | "demo"
  | "reliability"
  | "bench"
  | "release"
  | "browser"
  | "cli"
  | "docs"
  | "sdk";

/** Absolute path of the repository root. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The provider's own file for `suite`, or undefined when it relies on the suite's registry-driven default. */
export function suiteFile(
  entry: Pick<ProviderEntry, "name">,
  suite: SuiteName,
  root = repoRoot,
): string | undefined {
  const file = path.join(root, "packages", entry.name, "suites", `${suite}.ts`);
  return existsSync(file) ? file : undefined;
}

/** Imports the provider's own file for `suite`; undefined when it has none. */
export async function importSuiteFile<T>(
  entry: Pick<ProviderEntry, "name">,
  suite: SuiteName,
): Promise<T | undefined> {
  const file = suiteFile(entry, suite);
  return file ? ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as T) : undefined;
}
