// Which registered providers are adopted from a vendor document (`vendorFile` in source.json), and their fixes.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type ProviderEntry, registry } from "../../providers/registry.js";
import type { ProviderFixes } from "./fixes/provider-fixes.js";

/** A registered provider whose spec is adopted from its vendor document. */
export type AdoptedProvider = ProviderEntry & { vendorFile: string };

/** The registered providers that name a `vendorFile`, sorted by name. */
export const adoptedProviders: readonly AdoptedProvider[] = registry.filter(isAdopted);

/** True when the entry names the vendor document its spec is adopted from. */
function isAdopted(entry: ProviderEntry): entry is AdoptedProvider {
  return entry.vendorFile !== undefined;
}

/** The adopted provider called `name`; throws naming source.json when it is not one. */
export function adoptedProvider(name: string): AdoptedProvider {
  const entry = adoptedProviders.find((candidate) => candidate.name === name);
  if (entry) return entry;
  const known = adoptedProviders.map((candidate) => candidate.name).join(", ");
  throw new Error(
    `"${name}" is not adopted from a vendor document: specs/${name}/source.json names no "vendorFile" (adopted: ${known})`,
  );
}

/** Where a provider's adoption fixes live: `<specsDir>/<name>/adopt-fixes.ts`. */
function fixesFile(specsDir: string, provider: string): string {
  return path.join(specsDir, provider, "adopt-fixes.ts");
}

/** Imports `<specsDir>/<provider>/adopt-fixes.ts` and returns its `adoptFixes`; throws naming the file to write. */
export async function loadFixes(specsDir: string, provider: string): Promise<ProviderFixes> {
  const file = fixesFile(specsDir, provider);
  const shown = path.join("specs", provider, "adopt-fixes.ts");
  if (!existsSync(file))
    throw new Error(
      `${shown} is missing: an adopted provider exports its fixes there as \`adoptFixes\` ({ beforeNormalise, afterNormalise }, from @provider-clients/scripts/specs/adopt-fixes)`,
    );
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
    adoptFixes?: Partial<ProviderFixes>;
  };
  const fixes = module.adoptFixes;
  if (!Array.isArray(fixes?.beforeNormalise) || !Array.isArray(fixes.afterNormalise))
    throw new Error(
      `${shown} must export \`adoptFixes\` with \`beforeNormalise\` and \`afterNormalise\` lists of fixes`,
    );
  return fixes as ProviderFixes;
}

/** What is missing or inconsistent for adoption, one line per problem naming the file to write or fix. */
export function adoptionGaps(entries: readonly ProviderEntry[], specsDir: string): string[] {
  const gaps: string[] = [];
  for (const entry of entries) {
    const source = `specs/${entry.name}/source.json`;
    const fixes = `specs/${entry.name}/adopt-fixes.ts`;
    const hasFixes = existsSync(fixesFile(specsDir, entry.name));
    if (entry.vendorFile === undefined) {
      if (hasFixes)
        gaps.push(`${fixes} exists but ${source} names no "vendorFile" to adopt it from`);
      continue;
    }
    if (!hasFixes)
      gaps.push(
        `${fixes} is missing: ${source} names vendorFile "${entry.vendorFile}", so its fixes are exported there as \`adoptFixes\``,
      );
    // `--from DIR` reads a fetched provider's document as <DIR>/<name>/<file name of an upstream URL>.
    const mirrored = [
      ...new Set(
        entry.upstream.map((url) => `${entry.name}/${path.posix.basename(new URL(url).pathname)}`),
      ),
    ];
    if (entry.kind === "fetched" && !mirrored.includes(entry.vendorFile))
      gaps.push(
        `${source}: vendorFile "${entry.vendorFile}" is not where --from DIR looks (${mirrored.join(" or ")})`,
      );
  }
  return gaps;
}
