// What the registry derives outside the providers' own folders: README tables and the suites' provider dependencies.
import { syncReadmeTables } from "./readme-tables.js";
import type { ProviderEntry } from "./registry.js";
import { syncWorkspaceDeps } from "./workspace-deps.js";

/** Rewrites (with `write`) or only lists every derived file that differs from what `entries` give. */
export async function syncDerivedFiles(
  entries: readonly ProviderEntry[],
  root: string,
  write: boolean,
): Promise<string[]> {
  return [
    ...(await syncReadmeTables(entries, root, write)),
    ...(await syncWorkspaceDeps(entries, root, write)),
  ];
}
