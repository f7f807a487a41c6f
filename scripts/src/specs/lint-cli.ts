// `pnpm specs:lint [--root DIR]`: redocly lint plus our structural checks over every specs/*/openapi.yaml.
//
// Exit codes: 0 = no errors (warnings allowed), 1 = lint errors, 2 = usage error.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse, stringify } from "yaml";
import { loadDocument, SpecError } from "../openapi/load.js";
import { structuralProblems } from "../openapi/structural-checks.js";
import { type ProviderEntry, readRegistry } from "../providers/registry.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const HELP = `Usage: pnpm specs:lint [--root DIR]

Runs redocly lint (with the repository's redocly.yaml, plus the rules a provider's
specs/<provider>/source.json relaxes under "lintExceptions" for its spec alone) and our own
checks (unique operationIds, every $ref resolves, token endpoints take no API credential)
over every specs/<provider>/openapi.yaml under DIR (default: this repository).

Exit codes: 0 no errors, 1 errors found, 2 usage error
`;

/** Lints every spec under `root`; resolves to the exit code. */
async function runLintCli(args: readonly string[], log: (text: string) => void): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    log(HELP);
    return 0;
  }
  const rootAt = args.indexOf("--root");
  const extra = args.filter((_arg, index) => index !== rootAt && index !== rootAt + 1);
  if (extra.length > 0 || (rootAt >= 0 && !args[rootAt + 1])) {
    log(`specs:lint: unexpected arguments ${JSON.stringify(extra)}\n\n${HELP}`);
    return 2;
  }
  const root = path.resolve(rootAt >= 0 ? args[rootAt + 1]! : REPO);
  const files = await findSpecs(root);
  if (files.length === 0) {
    log(`specs:lint: no specs/*/openapi.yaml under ${root}\n`);
    return 1;
  }
  const redoclyOk = await runRedoclyPerException(root, files, readRegistry(root));
  let problems = 0;
  for (const file of files) {
    const relative = path.relative(root, file);
    try {
      for (const problem of structuralProblems(await loadDocument(file), relative)) {
        log(`error ${problem.message}\n`);
        problems += 1;
      }
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      log(`error ${error.message}\n`);
      problems += 1;
    }
  }
  log(
    `specs:lint: ${files.length} specs, redocly ${redoclyOk ? "passed" : "FAILED"}, ${problems} structural problem(s)\n`,
  );
  return redoclyOk && problems === 0 ? 0 : 1;
}

async function findSpecs(root: string): Promise<string[]> {
  const specs = path.join(root, "specs");
  if (!existsSync(specs)) return [];
  const entries = await readdir(specs, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(specs, entry.name, "openapi.yaml"))
    .filter((file) => existsSync(file))
    .sort();
}

/** Runs redocly once for the specs without exceptions and once per provider that declares some. */
async function runRedoclyPerException(
  root: string,
  files: string[],
  entries: readonly ProviderEntry[],
): Promise<boolean> {
  const config = [root, REPO]
    .map((dir) => path.join(dir, "redocly.yaml"))
    .find((file) => existsSync(file));
  const relaxed = entries.filter((entry) => Object.keys(entry.lintExceptions ?? {}).length > 0);
  const specOf = (entry: ProviderEntry) => path.join(root, "specs", entry.name, "openapi.yaml");
  const plain = files.filter((file) => !relaxed.some((entry) => specOf(entry) === file));
  let ok = plain.length === 0 || runRedocly(root, plain, config);
  for (const entry of relaxed) {
    if (!files.includes(specOf(entry))) continue;
    const dir = await mkdtemp(path.join(tmpdir(), `specs-lint-${entry.name}-`));
    try {
      const base = (config ? parse(readFileSync(config, "utf8")) : {}) as {
        rules?: Record<string, unknown>;
      };
      const rules = { ...base.rules };
      for (const [rule, { severity }] of Object.entries(entry.lintExceptions ?? {}))
        rules[rule] = severity;
      const own = path.join(dir, "redocly.yaml");
      await writeFile(own, stringify({ ...base, rules }));
      process.stdout.write(
        `specs:lint: ${entry.name} relaxes ${Object.entries(entry.lintExceptions ?? {})
          .map(([rule, { severity }]) => `${rule} (${severity})`)
          .join(", ")}\n`,
      );
      ok = runRedocly(root, [specOf(entry)], own) && ok;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return ok;
}

// Redocly prints its own report; we only need its verdict. Telemetry stays off (no network).
function runRedocly(root: string, files: string[], config: string | undefined): boolean {
  const bin = path.join(REPO, "node_modules", ".bin", "redocly");
  const result = spawnSync(bin, ["lint", ...(config ? [`--config=${config}`] : []), ...files], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
  });
  if (result.error) {
    process.stderr.write(`specs:lint: cannot run redocly (${result.error.message})\n`);
    return false;
  }
  return result.status === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runLintCli(process.argv.slice(2), (text) => process.stdout.write(text)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `specs:lint: unexpected error: ${(error as Error).stack ?? String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
