// Where things live in the monorepo, resolved from this file so scripts work from any cwd.

import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The providers that have a spec and a package. */
export const providers = ["adguard-dns", "dynu", "dynata", "dnsimple"] as const;
export type Provider = (typeof providers)[number];

/** Path of a provider's spec document. */
export function specPath(provider: string, root = repoRoot): string {
  return path.join(root, "specs", provider, "openapi.yaml");
}

/** Path of a provider package's generated folder. */
export function generatedDir(provider: string, root = repoRoot): string {
  return path.join(root, "packages", provider, "src", "generated");
}

/** Narrows a string to a known provider or throws a usage error. */
export function asProvider(name: string): Provider {
  if ((providers as readonly string[]).includes(name)) return name as Provider;
  throw new Error(`unknown provider "${name}" (known: ${providers.join(", ")})`);
}
