import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { registry, suiteFile } from "@provider-clients/scripts/providers";
import { releaseOkLine } from "@provider-clients/scripts/suites/release";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bump } from "../src/bump.js";
import { compileConsumer, installAlone, installedPackages, sizeOf } from "../src/consumer.js";
import { copyWorkspace } from "../src/copy-workspace.js";
import { defaultConsumer } from "../src/default-consumer.js";
import { publishablePackages } from "../src/publishable.js";
import { registryEnv, writeNpmrc } from "../src/registry-config.js";
import { releaseConsumer } from "../src/release-consumer.js";
import { run, runOk } from "../src/run.js";
import { seedThirdParty } from "../src/seed-registry.js";
import { type LocalRegistry, startVerdaccio } from "../src/start-verdaccio.js";

// Providers with their own consumer that could also take the registry default: it runs in their project too.
const provingTheDefault = registry.filter(
  (entry) => suiteFile(entry, "release") && defaultConsumer(entry),
);
// The provider whose package gets a minor change in the update steps.
const changed = registry[0]!;

let npmRegistry: LocalRegistry;
let workspace: string;
const sizes: Record<string, number> = {};
/** Compiled default consumers waiting to run, by provider, with the project they were installed in. */
const compiledDefaults = new Map<string, { project: string; program: string }>();
/** Each package's version after the first release, by folder (a scaffolded package starts at 0.0.0). */
const firstRelease = new Map<string, string>();

/** Runs a root script of the workspace copy against the local registry. */
const pnpmIn = (args: string[]) =>
  runOk("pnpm", args, { cwd: workspace, env: registryEnv(npmRegistry) });

/** The versions the registry holds for a package. */
async function publishedVersions(name: string): Promise<string[]> {
  const response = await fetch(`${npmRegistry.url}${name.replace("/", "%2f")}`);
  if (response.status === 404) return [];
  const body = (await response.json()) as { versions: Record<string, unknown> };
  return Object.keys(body.versions).sort();
}

async function versionOf(folder: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(workspace, "packages", folder, "package.json"), "utf8"),
  );
  return manifest.version;
}

beforeAll(async () => {
  npmRegistry = await startVerdaccio();
  await seedThirdParty(npmRegistry);
  workspace = await copyWorkspace();
  await writeNpmrc(workspace, npmRegistry);
  await runOk("pnpm", ["install", "--frozen-lockfile", "--offline"], {
    cwd: workspace,
    env: registryEnv(npmRegistry),
  });
});

afterAll(async () => {
  await npmRegistry?.stop();
  if (Object.keys(sizes).length > 0) {
    console.log("installed size with dependencies (bytes):");
    for (const [name, bytes] of Object.entries(sizes))
      console.log(`  ${name}: ${bytes} (${(bytes / 1024).toFixed(1)} KiB)`);
  }
});

describe.sequential("a release through a local registry", () => {
  it("versions every package from a changeset and publishes them all", async () => {
    const packages = publishablePackages(workspace);
    const names = packages.map((p) => p.name);
    for (const { folder } of packages)
      firstRelease.set(folder, bump(await versionOf(folder), "minor"));
    await writeFile(
      path.join(workspace, ".changeset", "first-release.md"),
      `---\n${names.map((n) => `"${n}": minor`).join("\n")}\n---\n\nFirst release through the local registry.\n`,
    );
    await pnpmIn(["version-packages"]);
    for (const { folder } of packages) {
      expect(await versionOf(folder)).toBe(firstRelease.get(folder));
      const changelog = await readFile(
        path.join(workspace, "packages", folder, "CHANGELOG.md"),
        "utf8",
      );
      expect(changelog).toContain("First release through the local registry.");
    }
    await pnpmIn(["release"]);
    // changeset publish tags each published package in the local repository.
    const tags = (await runOk("git", ["tag", "--list"], { cwd: workspace })).stdout.split("\n");
    for (const { folder, name } of packages) {
      expect(await publishedVersions(name)).toEqual([firstRelease.get(folder)]);
      expect(tags).toContain(`${name}@${firstRelease.get(folder)}`);
    }
  });

  it.each(registry.map((entry) => [entry.package, entry] as const))(
    "installs %s alone, compiles a typed call and runs it",
    async (_, entry) => {
      const consumer = await releaseConsumer(entry);
      const project = await installAlone(npmRegistry, entry.package);
      const closure = [
        "@provider-clients/auth",
        entry.package,
        "openapi-fetch",
        "openapi-typescript-helpers",
      ];
      expect(await installedPackages(project)).toEqual(closure.sort());
      // The default compiles in the same tsc run; it runs in its own test below.
      const programs = await compileConsumer(project, {
        "main.ts": consumer.source,
        ...(consumer.alsoDefault ? { "registry-default.ts": consumer.alsoDefault } : {}),
      });
      const { stdout } = await runOk("node", [programs["main.ts"]!], { cwd: project });
      expect(stdout, consumer.origin).toContain(releaseOkLine(entry.name));
      sizes[entry.package] = await sizeOf(path.join(project, "node_modules"));
      const registryDefault = programs["registry-default.ts"];
      if (registryDefault) compiledDefaults.set(entry.name, { project, program: registryDefault });
    },
  );

  it.each(provingTheDefault.map((entry) => [entry.package, entry] as const))(
    "runs the registry default consumer for %s too, in the project its own consumer ran in",
    async (_, entry) => {
      const compiled = compiledDefaults.get(entry.name);
      expect(compiled, `${entry.package} was not installed and compiled above`).toBeDefined();
      const { stdout } = await runOk("node", [compiled!.program], { cwd: compiled!.project });
      expect(stdout).toContain(`${releaseOkLine(entry.name)}: ${entry.probe} 200`);
      expect(stdout).toContain("a wrong one refused with 401");
    },
  );

  it("releases a change to auth as a new version of auth and every dependent, with the change in the changelog", async () => {
    const note = `${changed.title}: one new operation.`;
    await writeFile(
      path.join(workspace, ".changeset", "auth-fix.md"),
      `---\n"@provider-clients/auth": patch\n"${changed.package}": minor\n---\n\n${note}\n`,
    );
    await pnpmIn(["version-packages"]);
    const next = (folder: string, level: "minor" | "patch") =>
      bump(firstRelease.get(folder)!, level);
    expect(await versionOf("auth")).toBe(next("auth", "patch"));
    expect(await versionOf(changed.name)).toBe(next(changed.name, "minor"));
    const dependents = publishablePackages(workspace).filter(
      ({ folder }) => folder !== "auth" && folder !== changed.name,
    );
    for (const { folder } of dependents) {
      expect(await versionOf(folder), `${folder} depends on auth`).toBe(next(folder, "patch"));
    }
    await pnpmIn(["release"]);
    const latest = next(changed.name, "minor");
    expect(await publishedVersions(changed.package)).toEqual([
      firstRelease.get(changed.name),
      latest,
    ]);

    const consumer = await installAlone(npmRegistry, `${changed.package}@latest`);
    const installed = JSON.parse(
      await readFile(path.join(consumer, "node_modules", changed.package, "package.json"), "utf8"),
    );
    expect(installed.version).toBe(latest);
    const changelog = await readFile(
      path.join(consumer, "node_modules", changed.package, "CHANGELOG.md"),
      "utf8",
    );
    expect(changelog).toContain(`## ${latest}`);
    expect(changelog).toContain(note);
  });

  it("refuses to publish an already-published version and publishes nothing", async () => {
    const before = await publishedVersions(changed.package);
    const packed = await mkdtemp(path.join(tmpdir(), "pc-republish-"));
    await runOk("pnpm", ["pack", "--pack-destination", packed], {
      cwd: path.join(workspace, "packages", changed.name),
    });
    const [tarball] = await readdir(packed);
    const direct = await run(
      "npm",
      ["publish", path.join(packed, tarball!), "--userconfig", path.join(workspace, ".npmrc")],
      {
        cwd: packed,
        env: registryEnv(npmRegistry),
      },
    );
    expect(direct.code, direct.stdout + direct.stderr).not.toBe(0);
    // The line the README quotes, as npm prints it for this registry.
    const published = bump(firstRelease.get(changed.name)!, "minor");
    expect(direct.stdout + direct.stderr).toContain(
      `npm error You cannot publish over the previously published versions: ${published}.`,
    );
    const again = await pnpmIn(["release"]);
    expect(again.stdout + again.stderr).toMatch(/already published|No unpublished projects/i);
    expect(await publishedVersions(changed.package)).toEqual(before);
  });
});
