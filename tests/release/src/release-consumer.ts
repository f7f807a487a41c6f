// Which program the release suite runs for a provider: its own `suites/release.ts`, else the registry default.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type ProviderEntry, suiteFile } from "@provider-clients/scripts/providers";
import { foreignImports } from "@provider-clients/scripts/suites/release";
import { defaultConsumer } from "./default-consumer.js";

/** The program to run, where it came from, and the registry default too when the provider has its own file. */
export interface ReleaseConsumer {
  source: string;
  /** `packages/<name>/suites/release.ts`, or `the registry default`. */
  origin: string;
  /** The default consumer, when the provider has its own file and could also take the default. */
  alsoDefault: string | undefined;
}

/** Throws naming the file to write when the provider has neither its own consumer nor what the default needs. */
export async function releaseConsumer(
  entry: ProviderEntry,
  root?: string,
): Promise<ReleaseConsumer> {
  const own = suiteFile(entry, "release", root);
  const fallback = defaultConsumer(entry);
  const expected = path.join("packages", entry.name, "suites", "release.ts");
  if (own) {
    const source = await readFile(own, "utf8");
    const foreign = foreignImports(entry.package, source);
    if (foreign.length > 0)
      throw new Error(
        `${expected} imports ${foreign.join(", ")}: a release consumer is installed alone, so it imports only ${entry.package} and node: modules`,
      );
    return { source, origin: expected, alsoDefault: fallback };
  }
  if (fallback) return { source: fallback, origin: "the registry default", alsoDefault: undefined };
  throw new Error(
    `${entry.title} has no ${expected}, and the registry default needs a static credential and exports.fakeCredentials in specs/${entry.name}/source.json: write ${expected}`,
  );
}
