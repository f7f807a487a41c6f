import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { providerNames } from "@provider-clients/scripts/providers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileConsumer, installAlone, installedPackages, sizeOf } from "../src/consumer.js";
import { copyWorkspace } from "../src/copy-workspace.js";
import { publishablePackages } from "../src/publishable.js";
import { registryEnv, writeNpmrc } from "../src/registry-config.js";
import { run, runOk } from "../src/run.js";
import { seedThirdParty } from "../src/seed-registry.js";
import { type LocalRegistry, startVerdaccio } from "../src/start-verdaccio.js";

const consumerSource = (provider: string) =>
  readFile(path.join(import.meta.dirname, "..", "consumers", `${provider}.ts`), "utf8");

let registry: LocalRegistry;
let workspace: string;
const sizes: Record<string, number> = {};

/** Runs a root script of the workspace copy against the local registry. */
const pnpmIn = (args: string[]) =>
  runOk("pnpm", args, { cwd: workspace, env: registryEnv(registry) });

/** The versions the registry holds for a package. */
async function publishedVersions(name: string): Promise<string[]> {
  const response = await fetch(`${registry.url}${name.replace("/", "%2f")}`);
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
  registry = await startVerdaccio();
  await seedThirdParty(registry);
  workspace = await copyWorkspace();
  await writeNpmrc(workspace, registry);
  await runOk("pnpm", ["install", "--frozen-lockfile", "--offline"], {
    cwd: workspace,
    env: registryEnv(registry),
  });
});

afterAll(async () => {
  await registry?.stop();
  if (Object.keys(sizes).length > 0) {
    console.log("installed size with dependencies (bytes):");
    for (const [name, bytes] of Object.entries(sizes))
      console.log(`  ${name}: ${bytes} (${(bytes / 1024).toFixed(1)} KiB)`);
  }
});

describe.sequential("a release through a local registry", () => {
  it("versions every package from a changeset and publishes them all", async () => {
    const names = publishablePackages(workspace).map((p) => p.name);
    await writeFile(
      path.join(workspace, ".changeset", "first-release.md"),
      `---\n${names.map((n) => `"${n}": minor`).join("\n")}\n---\n\nFirst release through the local registry.\n`,
    );
    await pnpmIn(["version-packages"]);
    for (const { folder } of publishablePackages(workspace)) {
      expect(await versionOf(folder)).toBe("0.2.0");
      const changelog = await readFile(
        path.join(workspace, "packages", folder, "CHANGELOG.md"),
        "utf8",
      );
      expect(changelog).toContain("First release through the local registry.");
    }
    await pnpmIn(["release"]);
    for (const name of names) expect(await publishedVersions(name)).toEqual(["0.2.0"]);
    // changeset publish tags each published package in the local repository.
    const tags = (await runOk("git", ["tag", "--list"], { cwd: workspace })).stdout.split("\n");
    for (const name of names) expect(tags).toContain(`${name}@0.2.0`);
  });

  it.each(providerNames)(
    "installs @provider-clients/%s alone, compiles a typed call and runs it",
    async (provider) => {
      const consumer = await installAlone(registry, `@provider-clients/${provider}`);
      const closure = [
        "@provider-clients/auth",
        `@provider-clients/${provider}`,
        "openapi-fetch",
        "openapi-typescript-helpers",
      ];
      expect(await installedPackages(consumer)).toEqual(closure.sort());
      const main = await compileConsumer(consumer, await consumerSource(provider));
      const { stdout } = await runOk("node", [main], { cwd: consumer });
      expect(stdout).toContain(`${provider} ok`);
      sizes[`@provider-clients/${provider}`] = await sizeOf(path.join(consumer, "node_modules"));
    },
  );

  it("releases a change to auth as a new version of auth and every dependent, with the change in the changelog", async () => {
    await writeFile(
      path.join(workspace, ".changeset", "auth-fix.md"),
      `---\n"@provider-clients/auth": patch\n"@provider-clients/dynu": minor\n---\n\nDynu: record lookups by hostname.\n`,
    );
    await pnpmIn(["version-packages"]);
    expect(await versionOf("auth")).toBe("0.2.1");
    expect(await versionOf("dynu")).toBe("0.3.0");
    for (const dependent of [...providerNames.filter((n) => n !== "dynu"), "token-store-redis"]) {
      expect(await versionOf(dependent), `${dependent} depends on auth`).toBe("0.2.1");
    }
    await pnpmIn(["release"]);
    expect(await publishedVersions("@provider-clients/dynu")).toEqual(["0.2.0", "0.3.0"]);

    const consumer = await installAlone(registry, "@provider-clients/dynu@latest");
    const installed = JSON.parse(
      await readFile(
        path.join(consumer, "node_modules/@provider-clients/dynu/package.json"),
        "utf8",
      ),
    );
    expect(installed.version).toBe("0.3.0");
    const changelog = await readFile(
      path.join(consumer, "node_modules/@provider-clients/dynu/CHANGELOG.md"),
      "utf8",
    );
    expect(changelog).toContain("## 0.3.0");
    expect(changelog).toContain("Dynu: record lookups by hostname.");
  });

  it("refuses to publish an already-published version and publishes nothing", async () => {
    const before = await publishedVersions("@provider-clients/dynu");
    const packed = await mkdtemp(path.join(tmpdir(), "pc-republish-"));
    await runOk("pnpm", ["pack", "--pack-destination", packed], {
      cwd: path.join(workspace, "packages", "dynu"),
    });
    const [tarball] = await readdir(packed);
    const direct = await run(
      "npm",
      ["publish", path.join(packed, tarball!), "--userconfig", path.join(workspace, ".npmrc")],
      {
        cwd: packed,
        env: registryEnv(registry),
      },
    );
    expect(direct.code, direct.stdout + direct.stderr).not.toBe(0);
    // The line the README quotes, as npm prints it for this registry.
    expect(direct.stdout + direct.stderr).toMatch(
      /npm error You cannot publish over the previously published versions: 0\.3\.0\./,
    );
    const again = await pnpmIn(["release"]);
    expect(again.stdout + again.stderr).toMatch(/already published|No unpublished projects/i);
    expect(await publishedVersions("@provider-clients/dynu")).toEqual(before);
  });
});
