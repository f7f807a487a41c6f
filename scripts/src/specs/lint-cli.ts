// `pnpm specs:lint [--root DIR]`: redocly lint plus our structural checks over every specs/*/openapi.yaml.
//
// Exit codes: 0 = no errors (warnings allowed), 1 = lint errors, 2 = usage error.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadDocument, SpecError } from "../openapi/load.js";
import { structuralProblems } from "../openapi/structural-checks.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const HELP = `Usage: pnpm specs:lint [--root DIR]

Runs redocly lint (with the repository's redocly.yaml) and our own checks (unique
operationIds, every $ref resolves, token endpoints take no API credential) over every
specs/<provider>/openapi.yaml under DIR (default: this repository).

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
  const redoclyOk = runRedocly(root, files);
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

// Redocly prints its own report; we only need its verdict. Telemetry stays off (no network).
function runRedocly(root: string, files: string[]): boolean {
  const config = [root, REPO]
    .map((dir) => path.join(dir, "redocly.yaml"))
    .find((file) => existsSync(file));
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
