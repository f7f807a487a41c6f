// Dependency lists must stay in package.json files; each one that names a provider package names all of them.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { registry } from "../src/providers/registry.js";
import { repoRoot } from "./helpers-upstream.js";

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

// The folders a pnpm-workspace.yaml pattern names (`dir` or `dir/*`, the forms this repository uses).
async function folders(pattern: string): Promise<string[]> {
  if (!pattern.endsWith("/*")) return [pattern];
  const parent = pattern.slice(0, -2);
  const entries = await readdir(path.join(repoRoot, parent), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => `${parent}/${e.name}`);
}

// Every workspace package.json, by its folder relative to the root.
async function workspaceManifests(): Promise<Map<string, Manifest>> {
  const workspace = parse(await readFile(path.join(repoRoot, "pnpm-workspace.yaml"), "utf8")) as {
    packages: string[];
  };
  const manifests = new Map<string, Manifest>();
  for (const pattern of workspace.packages) {
    expect(pattern, "a pattern this test can expand").toMatch(/^[\w-]+(\/\*)?$/);
    for (const dir of await folders(pattern)) {
      const file = path.join(repoRoot, dir, "package.json");
      if (existsSync(file)) manifests.set(dir, JSON.parse(await readFile(file, "utf8")));
    }
  }
  return manifests;
}

it("every registered provider has its package in the workspace", async () => {
  const manifests = await workspaceManifests();
  for (const entry of registry)
    expect(manifests.get(`packages/${entry.name}`)?.name, entry.name).toBe(entry.package);
});

it("a workspace package that depends on one provider package depends on every registered one", async () => {
  const packages = registry.map((entry) => entry.package);
  const users: string[] = [];
  for (const [dir, manifest] of await workspaceManifests()) {
    const named = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    if (!packages.some((name) => named.includes(name))) continue;
    users.push(dir);
    expect(
      packages.filter((name) => !named.includes(name)),
      `${dir}/package.json lacks`,
    ).toEqual([]);
  }
  // The suites that exercise providers across packages are among them, so the check is not vacuous.
  expect(users).toEqual(expect.arrayContaining(["bench", "demo", "tests/release", "tests/sdk"]));
});
