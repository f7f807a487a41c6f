// One provider's spec update: fetch, adopt, diff, regenerate, verify, and say what to release.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { compareDocuments, type DiffResult } from "../../diff/index.js";
import { renderProvider } from "../../generate/render-provider.js";
import { generatedDir, specPath } from "../../generate/repo-paths.js";
import { writeDirAtomically } from "../../generate/write-dir-atomically.js";
import { isObject, parseDocumentText } from "../../openapi/load.js";
import { adoptProviderFiles } from "../adopt/index.js";
import { cacheDir, cachedDocumentPath } from "../fetch/cache.js";
import { fetchProvider } from "../fetch/fetch-provider.js";
import { readSource } from "../fetch/sources.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { buildMissingWorkspaceDependencies } from "./build-workspace-dependencies.js";
import { type FileError, typecheckProject } from "./compile-check.js";
import { changesetFileName, renderChangeset } from "./render-changeset.js";

const exec = promisify(execFile);

/** Settings for one `specs:update` run. */
export interface UpdateSettings {
  root: string;
  from?: string | undefined;
  /** `from` is this provider's document itself, not a mirror base. */
  fromDocument?: boolean | undefined;
  timeoutMs: number;
  maxBytes: number;
  today: Date;
  log: (line: string) => void;
}

export type UpdateOutcome =
  | { provider: string; status: "skipped" | "unchanged"; reason: string }
  | {
      provider: string;
      status: "updated";
      bump: DiffResult["bump"];
      changeset: string | undefined;
      result: DiffResult;
      /** `info.version` of the committed spec and of the adopted document. */
      versions: { old: string; new: string };
      /** Usage fixtures that no longer compile, paths relative to the root. */
      brokenFixtures: FileError[];
      proseGaps: string[];
    }
  | { provider: string; status: "failed"; reason: string };

/** Runs the whole update for `provider`; on failure puts the spec and generated files back. */
export async function updateProvider(
  provider: string,
  settings: UpdateSettings,
): Promise<UpdateOutcome> {
  try {
    return await runUpdate(provider, settings);
  } catch (error) {
    // Errors before the first write (bad source.json, a document adopt or diff rejects) change nothing.
    return {
      provider,
      status: "failed",
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

async function runUpdate(provider: string, settings: UpdateSettings): Promise<UpdateOutcome> {
  const { root, log } = settings;
  const source = await readSource(provider, root);
  // A fetched spec is adopted: adoptProviderFiles fails naming specs/<provider>/adopt-fixes.ts when it is missing.
  if (source.kind !== "fetched") {
    return { provider, status: "skipped", reason: "hand-written spec, nothing to fetch" };
  }
  const cache = cacheDir(root);
  const fetched = await fetchProvider(source, { ...settings, cacheDir: cache });
  if (fetched.status === "failed")
    return { provider, status: "failed", reason: fetched.errors.join("; ") };

  const specFile = specPath(provider, root);
  const differencesFile = path.join(path.dirname(specFile), "differences.md");
  const adopted = await adoptProviderFiles(
    provider,
    cachedDocumentPath(provider, cache),
    path.join(root, "specs"),
  );
  for (const gap of adopted.proseGaps) log(`${provider}: needs our own prose: ${gap}`);
  const oldText = await readFile(specFile, "utf8");
  if (adopted.openapiYaml === oldText)
    return { provider, status: "unchanged", reason: "spec already matches upstream" };

  const oldDoc = parseDocumentText(oldText, specFile);
  const newDoc = parseDocumentText(adopted.openapiYaml, "adopted upstream document");
  const result = compareDocuments(oldDoc, newDoc, { oldFile: specFile, newFile: fetched.url });
  const oldDifferences = existsSync(differencesFile)
    ? await readFile(differencesFile, "utf8")
    : undefined;

  // The package type-checks against its workspace dependencies' declarations; a fresh clone has none yet.
  for (const name of await buildMissingWorkspaceDependencies(provider, root))
    log(`${provider}: built ${name} first`);
  await writeFileAtomic(specFile, adopted.openapiYaml);
  await writeFileAtomic(differencesFile, adopted.differencesMd);
  let brokenFixtures: FileError[];
  try {
    await writeDirAtomically(generatedDir(provider, root), await renderProvider(provider, root));
    brokenFixtures = await verifyPackage(provider, root, log);
  } catch (error) {
    const restored = await restorePrevious(
      provider,
      root,
      [specFile, oldText],
      [differencesFile, oldDifferences],
    );
    return { provider, status: "failed", reason: `${(error as Error).message}; ${restored}` };
  }

  const bump = brokenFixtures.length > 0 ? "major" : result.bump;
  const [oldVersion, newVersion] = [infoVersion(oldDoc), infoVersion(newDoc)];
  const fixtures = brokenFixtures.map((f) => ({ ...f, file: path.relative(root, f.file) }));
  const found = {
    provider,
    status: "updated",
    bump,
    result,
    versions: { old: oldVersion, new: newVersion },
    brokenFixtures: fixtures,
    proseGaps: adopted.proseGaps,
  } as const;
  if (bump === "none") return { ...found, changeset: undefined };
  const packageName = `@provider-clients/${provider}`;
  const file = path.join(
    root,
    ".changeset",
    changesetFileName(provider, oldVersion, newVersion, settings.today),
  );
  await writeFileAtomic(
    file,
    renderChangeset({
      packageName,
      provider,
      bump,
      oldVersion,
      newVersion,
      result,
      brokenFixtures: fixtures,
    }),
  );
  return { ...found, changeset: file };
}

/** Puts back the previous spec files and regenerates from them; says whether that worked. */
async function restorePrevious(
  provider: string,
  root: string,
  ...files: [string, string | undefined][]
): Promise<string> {
  try {
    // A file that did not exist before the update is removed again.
    for (const [file, text] of files)
      await (text === undefined ? rm(file, { force: true }) : writeFileAtomic(file, text));
    await writeDirAtomically(generatedDir(provider, root), await renderProvider(provider, root));
    return "previous spec and client restored";
  } catch (error) {
    return `restoring the previous spec and client ALSO failed (${(error as Error).message}); run \`git checkout specs/${provider} packages/${provider}/src/generated\``;
  }
}

/** Builds and type-checks the package; returns the usage fixtures that no longer compile. */
async function verifyPackage(
  provider: string,
  root: string,
  log: (line: string) => void,
): Promise<FileError[]> {
  const dir = path.join(root, "packages", provider);
  const errors = await typecheckProject(path.join(dir, "tsconfig.json"), root);
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new Error(
      `packages/${provider} no longer type-checks (${path.relative(root, first.file)}: ${first.error})`,
    );
  }
  await exec(path.join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
    cwd: dir,
  }).catch((error: { stdout?: string; message: string }) => {
    // tsc prints its errors on stdout; the exec error alone only says the command failed.
    throw new Error(
      `packages/${provider} no longer builds: ${(error.stdout || error.message).trim()}`,
    );
  });
  log(`${provider}: regenerated, built and type-checked packages/${provider}`);
  const fixtures = path.join(dir, "usage-fixtures", "tsconfig.json");
  if (!existsSync(fixtures)) return [];
  const broken = await typecheckProject(fixtures, root);
  for (const fixture of broken)
    log(`${provider}: usage fixture ${path.relative(root, fixture.file)} broke: ${fixture.error}`);
  return broken;
}

function infoVersion(doc: Record<string, unknown>): string {
  return isObject(doc.info) ? String(doc.info.version ?? "") : "";
}
