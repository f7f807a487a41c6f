// `pnpm specs:fetch [--provider P] [--from URL|DIR]`: refresh the cached upstream documents.
import { parseArgs } from "node:util";
import { providers, repoRoot } from "../generate/repo-paths.js";
import { cacheDir } from "./fetch/cache.js";
import { fetchProvider } from "./fetch/fetch-provider.js";
import { readSource } from "./fetch/sources.js";

const usage = `usage: pnpm specs:fetch [--provider P] [--from URL|DIR] [--timeout-ms N] [--max-bytes N] [--cache DIR]
Downloads each fetched provider's upstream document (sources in order), converts Swagger 2.0,
validates and normalises it, and writes .cache/upstream/<provider>/openapi.yaml atomically.
Exit codes: 0 all fetched (or not modified), 1 a fetch failed (nothing overwritten), 2 usage error.`;

/** Runs the command; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        provider: { type: "string" },
        from: { type: "string" },
        "timeout-ms": { type: "string" },
        "max-bytes": { type: "string" },
        cache: { type: "string" },
        help: { type: "boolean" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const chosen = values.provider ? [String(values.provider)] : [...providers];
  if (values.provider && !(providers as readonly string[]).includes(String(values.provider))) {
    console.error(`unknown provider "${values.provider}"\n${usage}`);
    return 2;
  }
  let failed = 0;
  for (const provider of chosen) {
    const source = await readSource(provider, repoRoot);
    if (source.kind !== "fetched") {
      if (values.provider) console.log(`${provider}: hand-written spec, nothing to fetch`);
      continue;
    }
    const outcome = await fetchProvider(source, {
      from: values.from as string | undefined,
      timeoutMs: Number(values["timeout-ms"] ?? 30_000),
      maxBytes: Number(values["max-bytes"] ?? 20 * 1024 * 1024),
      cacheDir: (values.cache as string | undefined) ?? cacheDir(),
      log: (line) => console.log(line),
    });
    if (outcome.status === "failed") {
      failed++;
      console.error(`${provider}: fetch failed, cached document left as it was`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
