// `pnpm specs:fetch [--provider P] [--from URL|DIR|FILE]`: refresh the cached upstream documents.
import { repoRoot } from "../generate/repo-paths.js";
import { cacheDir } from "./fetch/cache.js";
import { fetchProvider } from "./fetch/fetch-provider.js";
import { readSource } from "./fetch/sources.js";
import { parseProviderCliArgs } from "./provider-cli-args.js";

const usage = `usage: pnpm specs:fetch [--provider P] [--from URL|DIR|FILE] [--timeout-ms N] [--max-bytes N] [--cache DIR]
Downloads each fetched provider's upstream document (sources in order), converts Swagger 2.0,
validates and normalises it, and writes .cache/upstream/<provider>/openapi.yaml atomically.
Exit codes: 0 all fetched (or not modified), 1 a fetch failed (nothing overwritten), 2 usage error.`;

/** Runs the command; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  const args = parseProviderCliArgs(argv, usage, "cache");
  if (!args.ok) return args.exitCode;
  let failed = 0;
  for (const provider of args.chosen) {
    const source = await readSource(provider, repoRoot);
    if (source.kind !== "fetched") {
      if (args.chosen.length === 1) console.log(`${provider}: hand-written spec, nothing to fetch`);
      continue;
    }
    const outcome = await fetchProvider(source, {
      from: args.from,
      fromDocument: args.fromDocument,
      timeoutMs: args.timeoutMs,
      maxBytes: args.maxBytes,
      cacheDir: args.folder ?? cacheDir(),
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
