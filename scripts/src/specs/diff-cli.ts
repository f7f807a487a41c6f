// `pnpm specs:diff OLD NEW [--json]`: classifies the changes between two OpenAPI documents.
//
// Exit codes (stable; scripts and CI depend on them):
//   0  no breaking change (bump none, patch or minor)
//   1  breaking change (bump major)
//   2  usage or input error (message names the file and JSON pointer)
import { pathToFileURL } from "node:url";
import { compareDocuments, formatSummary } from "../diff/index.js";
import { SpecError } from "../openapi/load.js";
import { loadCheckedDocument } from "../openapi/resolve-refs.js";

/** Exit codes of specs:diff. */
const EXIT = { ok: 0, breaking: 1, error: 2 } as const;

const HELP = `Usage: pnpm specs:diff OLD NEW [--json]

Compares two OpenAPI 3.0/3.1 documents (JSON or YAML) from a client user's point of view
and prints the semver bump the change calls for, then every change once (a shared component
changed once is one entry listing the operations it reaches), breaking ones with what to do.

Options:
  --json      print {"bump", "changes": [...]}, one entry per change:
              {kind, severity, operation, location, pointer: {old, new}, before, after,
               operations: [...], message, advice}
              (pointer: JSON pointers into each document, null where absent; operation and
              location: the first place the change shows; advice: set for breaking changes)
  -h, --help  show this help

Exit codes:
  0  no breaking change (bump none, patch or minor)
  1  breaking change (bump major)
  2  usage or input error
`;

/** Runs the CLI with the given arguments and output streams; resolves to the exit code. */
async function runDiffCli(
  args: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    out(HELP);
    return EXIT.ok;
  }
  const json = args.includes("--json");
  const unknown = args.filter((arg) => arg.startsWith("-") && arg !== "--json");
  const files = args.filter((arg) => !arg.startsWith("-"));
  if (unknown.length > 0 || files.length !== 2) {
    const problem =
      unknown.length > 0 ? `unknown option ${unknown[0]}` : "expected exactly two files";
    err(`specs:diff: ${problem}\n\n${HELP}`);
    return EXIT.error;
  }
  const [oldFile, newFile] = files as [string, string];
  try {
    // Both load at once, but a bad old file is reported first whichever load fails sooner.
    const [oldLoaded, newLoaded] = await Promise.allSettled([
      loadCheckedDocument(oldFile),
      loadCheckedDocument(newFile),
    ]);
    if (oldLoaded.status === "rejected") throw oldLoaded.reason;
    if (newLoaded.status === "rejected") throw newLoaded.reason;
    const [oldDoc, newDoc] = [oldLoaded.value, newLoaded.value];
    const result = compareDocuments(oldDoc, newDoc, { oldFile, newFile });
    out(json ? `${JSON.stringify(result, null, 2)}\n` : formatSummary(result));
    return result.bump === "major" ? EXIT.breaking : EXIT.ok;
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    err(`specs:diff: ${error.message}\n`);
    return EXIT.error;
  }
}

// Unexpected failures are input errors too, never a silent 0 or a misleading 1.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDiffCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `specs:diff: unexpected error: ${(error as Error).stack ?? String(error)}\n`,
      );
      process.exitCode = EXIT.error;
    },
  );
}
