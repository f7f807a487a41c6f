// CLI: adopt a vendor document into specs/<provider>/openapi.yaml (and its differences.md), atomically.
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { adoptedProviders, adoptProviderFiles } from "./adopt/index.js";
import { writeFileAtomic } from "./write-file-atomic.js";

// Adopted providers are the registered ones whose source.json names a vendorFile.
const USAGE = `usage: tsx scripts/src/specs/adopt-cli.ts --provider <${adoptedProviders.map((p) => p.name).join("|")}> --vendor <file> [--out specs/<provider>/openapi.yaml] [--check]`;

/** Runs the CLI; returns the exit code (0 ok, 1 failed or out of date, 2 bad usage). */
export async function main(argv: readonly string[]): Promise<number> {
  let values: { provider?: string; vendor?: string; out?: string; check?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        provider: { type: "string" },
        vendor: { type: "string" },
        out: { type: "string" },
        check: { type: "boolean" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { provider, vendor } = values;
  if (!provider || !vendor || !adoptedProviders.some((p) => p.name === provider)) {
    console.error(USAGE);
    return 2;
  }
  const out = resolve(values.out ?? join("specs", provider, "openapi.yaml"));
  // prose.yaml lives beside the output file; its parent is the specs folder.
  const specsDir = dirname(dirname(out));
  try {
    const adopted = await adoptProviderFiles(provider, resolve(vendor), specsDir);
    for (const gap of adopted.proseGaps) console.warn(`warning: ${provider} prose: ${gap}`);
    const differencesFile = join(dirname(out), "differences.md");
    if (values.check)
      return await checkUpToDate(out, adopted.openapiYaml, differencesFile, adopted.differencesMd);
    await writeFileAtomic(out, adopted.openapiYaml);
    await writeFileAtomic(differencesFile, adopted.differencesMd);
    console.log(
      `${provider}: wrote ${out} (${adopted.operationCount} operations) and ${differencesFile}`,
    );
    return 0;
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 1;
  }
}

async function checkUpToDate(...pairs: [string, string, string, string]): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  let stale = 0;
  for (const [file, wanted] of [
    [pairs[0], pairs[1]],
    [pairs[2], pairs[3]],
  ] as const) {
    const current = await readFile(file, "utf8").catch(() => undefined);
    if (current !== wanted) {
      console.error(`out of date: ${file} (re-run without --check)`);
      stale++;
    }
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = await main(process.argv.slice(2));
}
