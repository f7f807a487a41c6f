// `pnpm new-provider <name> --spec FILE|URL [--auth builder:scheme[:Prefix]] [--title T] [--offline]`: a new provider package, registered, installed, generated, formatted, with a changeset.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { repoRoot } from "../generate/repo-paths.js";
import type { ProviderEntry } from "../providers/registry.js";
import { declareCredentials } from "./declare-credentials.js";
import { packageFiles } from "./package-files.js";
import { findErrorShape, findProbe, readNewSpec } from "./read-new-spec.js";

const exec = promisify(execFile);
const usage =
  "usage: pnpm new-provider <name> --spec FILE|URL [--auth builder:scheme[:Prefix]]... [--title T] [--offline]";

const pascalOf = (name: string) =>
  name
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");

/** The registry entry (`specs/<name>/source.json`) for a spec, with static credentials and a generated client. */
function entryFor(name: string, doc: Record<string, unknown>, auth: string[], title?: string) {
  const info = (doc.info ?? {}) as { title?: string };
  const docs = (doc.externalDocs as { url?: unknown } | undefined)?.url;
  const servers = ((doc.servers ?? []) as { url?: unknown }[])
    .map((server) => server.url)
    .filter((url): url is string => typeof url === "string" && url.startsWith("https://"));
  if (servers.length === 0) throw new Error("the spec needs at least one https:// server URL");
  const pascal = pascalOf(name);
  const credentials = declareCredentials(doc, auth);
  const probe = findProbe(doc);
  const errors = findErrorShape(doc);
  const display = title ?? info.title ?? pascal;
  const entry: ProviderEntry = {
    name,
    title: display,
    package: `@provider-clients/${name}`,
    summary: `${display} API: ${credentials.map((c) => `\`${c.wire}\``).join(" or ")} on every call.`,
    kind: "hand-written",
    upstream: [],
    servers,
    docs: typeof docs === "string" ? docs : servers[0]!,
    license: `Our own document, written by hand from ${display}'s documented facts. The API itself belongs to ${display}.`,
    defaultBaseUrl: servers[0]!,
    exports: {
      client: `create${pascal}Client`,
      auth: `${pascal.charAt(0).toLowerCase()}${pascal.slice(1)}Auth`,
      fakeServer: `startFake${pascal}Server`,
      fakeCredentials: `fake${pascal}Credentials`,
    },
    probe: probe.operationId,
    credentials,
    pagination: "none",
    errors: errors.pointer,
    generatedClient: true,
  };
  return { entry, probePath: probe.path, errorField: errors.field };
}

/** Runs a command in the repository, failing with its output. */
async function step(root: string, command: string, args: string[]): Promise<void> {
  try {
    await exec(command, args, { cwd: root, maxBuffer: 64 << 20 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout}${stderr}`);
  }
}

/** Puts each (now formatted) `examples/` file back into its README block, so they stay byte-equal. */
async function syncReadmeExamples(packageDir: string): Promise<void> {
  const readme = path.join(packageDir, "README.md");
  let text = await readFile(readme, "utf8");
  for (const [, file] of [...text.matchAll(/<!-- example: (examples\/[\w-]+\.ts) -->/g)]) {
    const code = await readFile(path.join(packageDir, file!), "utf8");
    const block = new RegExp(
      `(<!-- example: ${file!.replace(/[.]/g, "\\.")} -->\n\`\`\`ts\n)[\\s\\S]*?\`\`\``,
    );
    text = text.replace(block, (_, head: string) => `${head}${code}\`\`\``);
  }
  await writeFile(readme, text);
}

/** Creates the provider; returns the process exit code. Nothing stays behind when a step fails. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      spec: { type: "string" },
      auth: { type: "string", multiple: true },
      title: { type: "string" },
      offline: { type: "boolean" },
      root: { type: "string" },
    },
  });
  const [name] = positionals;
  if (!name || !values.spec || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const root = values.root ?? repoRoot;
  const specDir = path.join(root, "specs", name);
  const packageDir = path.join(root, "packages", name);
  const changeset = path.join(root, ".changeset", `new-provider-${name}.md`);
  let created = false;
  const lockFile = path.join(root, "pnpm-lock.yaml");
  const lock = await readFile(lockFile, "utf8");
  try {
    if (!/^[a-z][a-z0-9-]*$/.test(name))
      throw new Error(`"${name}" is not a lower-case package name`);
    if (existsSync(specDir) || existsSync(packageDir))
      throw new Error(`specs/${name} or packages/${name} already exists; nothing was changed`);
    const spec = await readNewSpec(values.spec);
    const { entry, probePath, errorField } = entryFor(
      name,
      spec.doc,
      values.auth ?? [],
      values.title,
    );
    // The auth package pins what every provider package uses (openapi-fetch, TypeScript, vitest...).
    const versions = JSON.parse(
      await readFile(path.join(root, "packages/auth/package.json"), "utf8"),
    );
    const files = packageFiles({
      entry,
      probePath,
      errorField,
      license: await readFile(path.join(root, "LICENSE"), "utf8"),
      versions: { ...versions.dependencies, ...versions.devDependencies },
    });
    created = true;
    await mkdir(specDir, { recursive: true });
    await writeFile(path.join(specDir, "openapi.yaml"), spec.text);
    const { name: provider, ...facts } = entry;
    await writeFile(
      path.join(specDir, "source.json"),
      `${JSON.stringify({ provider, ...facts }, null, 2)}\n`,
    );
    for (const [file, content] of files) {
      await mkdir(path.dirname(path.join(packageDir, file)), { recursive: true });
      await writeFile(path.join(packageDir, file), content);
    }
    await writeFile(
      changeset,
      `---\n"${entry.package}": minor\n---\n\nFirst release: a typed ${entry.title} client (${entry.exports.client}, ${entry.exports.auth}) and a fake server under \`${entry.package}/testing\`.\n`,
    );
    console.log(`wrote specs/${name}/ and packages/${name}/`);
    // The README tables and the suites' provider dependencies are derived from the registry.
    await step(root, "pnpm", ["providers:sync"]);
    // A new importer must be added to the lockfile: pnpm freezes it by default under CI=true.
    const install = ["install", "--no-frozen-lockfile", ...(values.offline ? ["--offline"] : [])];
    await step(root, "pnpm", install);
    console.log(
      "synced the README tables and suite dependencies; installed (pnpm-lock.yaml updated)",
    );
    await step(root, "pnpm", ["generate", name]);
    console.log(`generated packages/${name}/src/generated/`);
    await step(root, "pnpm", ["exec", "biome", "check", "--write", `packages/${name}`]);
    await syncReadmeExamples(packageDir);
    console.log(`formatted; changeset .changeset/new-provider-${name}.md`);
    return 0;
  } catch (error) {
    console.error(`new-provider: ${(error as Error).message}`);
    if (created) {
      await rm(specDir, { recursive: true, force: true });
      await rm(packageDir, { recursive: true, force: true });
      await rm(changeset, { force: true });
      await writeFile(lockFile, lock);
      await step(root, "pnpm", ["providers:sync"]).catch(() => undefined);
      console.error(
        `removed specs/${name}/ and packages/${name}/ again; run \`pnpm install\` to relink`,
      );
    }
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
