// `pnpm specs:update [--provider P] [--from URL|DIR]`: adopt upstream changes and write changesets.
import path from "node:path";
import { parseArgs } from "node:util";
import { providers, repoRoot } from "../generate/repo-paths.js";
import { updateProvider } from "./update/update-provider.js";

const usage = `usage: pnpm specs:update [--provider P] [--from URL|DIR] [--timeout-ms N] [--max-bytes N] [--root DIR]
Fetches each fetched provider's document, adopts it (our fixes and prose applied), compares it with
specs/<provider>/openapi.yaml, regenerates, builds and type-checks the package, checks its usage
fixtures, and writes .changeset/<provider>-api-<version-or-date>.md with the computed bump.
Exit codes: 0 done (changed or not), 1 a provider failed (its previous spec and client kept), 2 usage error.`;

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
        root: { type: "string" },
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
  if (values.provider && !(providers as readonly string[]).includes(String(values.provider))) {
    console.error(`unknown provider "${values.provider}"\n${usage}`);
    return 2;
  }
  const timeoutMs = Number(values["timeout-ms"] ?? 30_000);
  const maxBytes = Number(values["max-bytes"] ?? 20 * 1024 * 1024);
  if (
    !(Number.isInteger(timeoutMs) && timeoutMs > 0 && Number.isInteger(maxBytes) && maxBytes > 0)
  ) {
    console.error(`--timeout-ms and --max-bytes take positive whole numbers\n${usage}`);
    return 2;
  }
  const root = path.resolve((values.root as string | undefined) ?? repoRoot);
  const chosen = values.provider ? [String(values.provider)] : [...providers];
  let failed = 0;
  for (const provider of chosen) {
    const outcome = await updateProvider(provider, {
      root,
      from: values.from as string | undefined,
      timeoutMs,
      maxBytes,
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
