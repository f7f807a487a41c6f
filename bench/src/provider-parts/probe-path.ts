// The path of a provider's probe operation, from its built operation table (`dist/generated/operations.js`).
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ProviderEntry } from "@provider-clients/scripts/providers";
import { repoRoot } from "../repo-paths.js";

/** The built operation table of a provider package. */
export function operationsFile(provider: string): string {
  return path.join(repoRoot, "packages", provider, "dist", "generated", "operations.js");
}

/** The probe's path, e.g. `/dns`; throws when the package is not built or has no such operation. */
export async function probePath(entry: Pick<ProviderEntry, "name" | "probe">): Promise<string> {
  const file = operationsFile(entry.name);
  if (!existsSync(file))
    throw new Error(`${path.relative(repoRoot, file)} is missing: run pnpm build first`);
  const { operations } = (await import(pathToFileURL(file).href)) as {
    operations: Record<string, { path: string } | undefined>;
  };
  const operation = operations[entry.probe];
  if (!operation)
    throw new Error(
      `${entry.name}: probe "${entry.probe}" is not in ${path.relative(repoRoot, file)}`,
    );
  return operation.path;
}
