// `pnpm specs:update [--provider P] [--from URL|DIR|FILE]`: adopt upstream changes and write changesets.
import path from "node:path";
import { repoRoot } from "../generate/repo-paths.js";
import { parseProviderCliArgs } from "./provider-cli-args.js";
import { updateProvider } from "./update/update-provider.js";

const usage = `usage: pnpm specs:update [--provider P] [--from URL|DIR|FILE] [--timeout-ms N] [--max-bytes N] [--root DIR]
Fetches each fetched provider's document, adopts it (our fixes and prose applied), compares it with
specs/<provider>/openapi.yaml, regenerates, builds and type-checks the package, checks its usage
fixtures, and writes .changeset/<provider>-api-<version-or-date>.md with the computed bump.
Exit codes: 0 done (changed or not), 1 a provider failed (its previous spec and client kept), 2 usage error.`;

/** Runs the command; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  const args = parseProviderCliArgs(argv, usage, "root");
  if (!args.ok) return args.exitCode;
  const root = path.resolve(args.folder ?? repoRoot);
  let failed = 0;
  for (const provider of args.chosen) {
    const outcome = await updateProvider(provider, {
      root,
      from: args.from,
      fromDocument: args.fromDocument,
      timeoutMs: args.timeoutMs,
      maxBytes: args.maxBytes,
      today: new Date(),
      log: (line) => console.log(line),
    });
    if (outcome.status === "failed") {
      failed++;
      console.error(`${provider}: update failed: ${outcome.reason}`);
    } else if (outcome.status === "updated") {
      const where = outcome.changeset
        ? `, wrote ${path.relative(root, outcome.changeset)}`
        : ", no release needed";
      console.log(
        `${provider}: updated (bump ${outcome.bump}, ${outcome.result.changes.length} changes${where})`,
      );
    } else {
      console.log(`${provider}: ${outcome.status} (${outcome.reason})`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
