// Each workspace package.json that names a provider package names all of them (`pnpm providers:sync` writes them).
import { expect, it } from "vitest";
import { registry } from "../src/providers/registry.js";
import { readWorkspaceManifests } from "../src/providers/workspace-deps.js";
import { repoRoot } from "./helpers-upstream.js";

const workspaceManifests = () => readWorkspaceManifests(repoRoot);

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
