// `pnpm specs:watch --out DIR [--provider P] [--from URL|DIR|FILE]`: the spec-watch workflow's whole job.
import path from "node:path";
import { repoRoot } from "../generate/repo-paths.js";
import { readSource } from "./fetch/sources.js";
import { parseProviderCliArgs } from "./provider-cli-args.js";
import { watchProvider } from "./watch/watch-provider.js";

const usage = `usage: pnpm specs:watch --out DIR [--provider P] [--from URL|DIR|FILE] [--timeout-ms N] [--max-bytes N] [--root DIR]
       pnpm specs:watch --list [--provider P]
Runs the specs:update flow for each fetched provider and, when its vendor document changed, writes
the pull request to open as files: DIR/<provider>/branch, title, body.md (bump and breaking changes
with advice first) and labels ("breaking" on a major bump). An unchanged provider gets no folder.
--from is a mirror base (<base>/<provider>/<upstream file name>), or with --provider that provider's
document itself (a file, or a URL ending in .json/.yaml/.yml).
--list prints the fetched providers as a JSON array (the workflow's matrix) and changes nothing.
Exit codes: 0 done (changed or not), 1 a provider failed (no files for it, its spec and client kept), 2 usage error.`;

/** Runs the command; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  const args = parseProviderCliArgs(argv, usage, "root", { out: "string", list: "boolean" });
  if (!args.ok) return args.exitCode;
  const root = path.resolve(args.folder ?? repoRoot);
  const fetched: string[] = [];
  for (const provider of args.chosen)
    if ((await readSource(provider, root)).kind === "fetched") fetched.push(provider);
  if (args.extra.list) {
    console.log(JSON.stringify(fetched));
    return 0;
  }
  if (typeof args.extra.out !== "string" || args.extra.out === "") {
    console.error(`--out DIR is required\n${usage}`);
    return 2;
  }
  const out = path.resolve(args.extra.out);
  let failed = 0;
  for (const provider of args.chosen) {
    if (!fetched.includes(provider)) {
      console.log(`${provider}: skipped (hand-written spec, nothing to watch)`);
      continue;
    }
    const outcome = await watchProvider(provider, {
      root,
      out,
      from: args.from,
      fromDocument: args.fromDocument,
      timeoutMs: args.timeoutMs,
      maxBytes: args.maxBytes,
      today: new Date(),
      log: (line) => console.log(line),
    });
    if (outcome.status === "opened") {
      console.log(`${provider}: changed, pull request files in ${outcome.dir}`);
      console.log(`  ${outcome.pullRequest.title} [${outcome.pullRequest.labels.join(", ")}]`);
    } else if (outcome.status === "failed") {
      failed++;
      console.error(`${provider}: watch failed, no pull request files written: ${outcome.reason}`);
    } else {
      console.log(`${provider}: ${outcome.status} (${outcome.reason})`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
