// `pnpm providers:sync` derives the suites' provider dependencies from the registry: added, removed, sorted.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import type { ProviderEntry } from "../src/providers/registry.js";
import { syncWorkspaceDeps } from "../src/providers/workspace-deps.js";

let root: string | undefined;
afterEach(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

const entry = (name: string) => ({ name, package: `@provider-clients/${name}` }) as ProviderEntry;

async function manifest(dir: string, content: object) {
  await mkdir(path.join(root!, dir), { recursive: true });
  await writeFile(path.join(root!, dir, "package.json"), `${JSON.stringify(content, null, 2)}\n`);
}
const read = async (dir: string) =>
  JSON.parse(await readFile(path.join(root!, dir, "package.json"), "utf8"));

it("adds a new provider to each suite that uses providers, drops a removed one, and leaves the rest alone", async () => {
  root = await mkdtemp(path.join(tmpdir(), "providers-sync-"));
  await writeFile(
    path.join(root, "pnpm-workspace.yaml"),
    "packages:\n  - packages/*\n  - demo\n  - tests/*\n",
  );
  await manifest("packages/alpha", { name: "@provider-clients/alpha" });
  await manifest("packages/zeta", { name: "@provider-clients/zeta" });
  await manifest("packages/auth", { name: "@provider-clients/auth" });
  await manifest("demo", {
    name: "@provider-clients/demo",
    dependencies: {
      "@provider-clients/alpha": "workspace:*",
      "@provider-clients/auth": "workspace:*",
      "@provider-clients/retired": "workspace:*",
    },
    devDependencies: { vitest: "4.1.12" },
  });
  await manifest("tests/sdk", {
    name: "@provider-clients/sdk-tests",
    devDependencies: { "@provider-clients/zeta": "workspace:*", esbuild: "0.25.0" },
  });
  await manifest("tests/unrelated", {
    name: "@provider-clients/unrelated",
    devDependencies: { "@provider-clients/auth": "workspace:*" },
  });
  const registry = [entry("alpha"), entry("zeta")];

  expect(await syncWorkspaceDeps(registry, root, false)).toEqual([
    "demo/package.json",
    "tests/sdk/package.json",
  ]);
  expect((await read("demo")).dependencies).toEqual({
    "@provider-clients/alpha": "workspace:*",
    "@provider-clients/auth": "workspace:*",
    "@provider-clients/retired": "workspace:*",
  });
  await syncWorkspaceDeps(registry, root, true);
  expect(Object.entries((await read("demo")).dependencies)).toEqual([
    ["@provider-clients/alpha", "workspace:*"],
    ["@provider-clients/auth", "workspace:*"],
    ["@provider-clients/zeta", "workspace:*"],
  ]);
  expect((await read("demo")).devDependencies).toEqual({ vitest: "4.1.12" });
  expect((await read("tests/sdk")).devDependencies).toEqual({
    "@provider-clients/alpha": "workspace:*",
    "@provider-clients/zeta": "workspace:*",
    esbuild: "0.25.0",
  });
  expect(await read("tests/unrelated")).not.toHaveProperty("dependencies");
  expect(await syncWorkspaceDeps(registry, root, false)).toEqual([]);
});
