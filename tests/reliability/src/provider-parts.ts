// Each registered provider's part of the suite: its own packages/<name>/suites/reliability.ts, or the
// registry default (static credentials only); whatever is missing is a coverage problem naming the file.
import { importSuiteFile, type ProviderEntry, registry } from "@provider-clients/scripts/providers";
import type { ProviderReliability } from "@provider-clients/scripts/suites/reliability";
import { type DefaultParts, registryDefaultParts } from "./api/registry-default-api-target.js";

/** One provider as the suite sees it. */
export interface ProviderPart {
  readonly entry: ProviderEntry;
  /** Where its own part would live, from the repository root. */
  readonly file: string;
  readonly own: ProviderReliability | undefined;
  /** What the registry default needs, or why it cannot be built. */
  readonly defaults: DefaultParts | string;
}

/** Every registered provider, in registry order. */
export const providerParts: readonly ProviderPart[] = await Promise.all(
  registry.map(async (entry) => ({
    entry,
    file: `packages/${entry.name}/suites/reliability.ts`,
    own: await importSuiteFile<ProviderReliability>(entry, "reliability"),
    defaults: await registryDefaultParts(entry),
  })),
);

/** Why `part` is not covered, naming the file to write; undefined when it is. */
export function coverageProblem(part: ProviderPart): string | undefined {
  if (part.own) return undefined;
  const managed = part.entry.credentials.filter((c) => c.kind === "managed");
  if (managed.length > 0) {
    const builders = managed.map((c) => c.builder).join(", ");
    return `${part.entry.name}: managed credentials (${builders}) need their token flows in ${part.file}`;
  }
  if (typeof part.defaults === "string") {
    return `${part.entry.name}: no registry default (${part.defaults}), so it needs ${part.file}`;
  }
  return undefined;
}

/** The providers the registry default can authenticate, own file or not. */
export const registryDefaults: readonly DefaultParts[] = providerParts.flatMap((part) =>
  typeof part.defaults === "string" ? [] : [part.defaults],
);
