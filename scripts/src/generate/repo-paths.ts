// Where things live in the monorepo, resolved from this file so scripts work from any cwd.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { providerEntry, providerNames } from "../providers/registry.js";

/** Absolute path of the repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The providers that have a spec and a package: the registry's names (one per specs/<name>/source.json). */
export const providers: readonly string[] = providerNames;
/** A registered provider's name. */
export type Provider = string;

/** Path of a provider's spec document. */
export function specPath(provider: string, root = repoRoot): string {
  return path.join(root, "specs", provider, "openapi.yaml");
}

/** Path of a provider package's generated folder. */
export function generatedDir(provider: string, root = repoRoot): string {
  return path.join(root, "packages", provider, "src", "generated");
}

/** Checks that a string names a registered provider or throws a usage error. */
export function asProvider(name: string): Provider {
  return providerEntry(name).name;
}
