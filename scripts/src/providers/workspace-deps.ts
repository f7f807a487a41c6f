// Keeps the provider dependencies of suite packages (bench, demo, tests/*, docs) equal to the registry.
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import type { ProviderEntry } from "./registry.js";

type Section = "dependencies" | "devDependencies";

/** The parts of a workspace package.json this module reads. */
export interface WorkspaceManifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Folders a pnpm-workspace.yaml pattern names (`dir` or `dir/*`, the forms this repository uses). */
async function expandPattern(root: string, pattern: string): Promise<string[]> {
  if (!/^[\w-]+(\/\*)?$/.test(pattern))
    throw new Error(`pnpm-workspace.yaml: pattern "${pattern}" is not "dir" or "dir/*"`);
  if (!pattern.endsWith("/*")) return [pattern];
  const parent = pattern.slice(0, -2);
  const entries = await readdir(path.join(root, parent), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => `${parent}/${e.name}`);
}

/** Every workspace package.json under `root`, keyed by its folder relative to the root. */
export async function readWorkspaceManifests(
  root: string,
): Promise<Map<string, WorkspaceManifest>> {
  const workspace = parse(await readFile(path.join(root, "pnpm-workspace.yaml"), "utf8")) as {
    packages: string[];
  };
  const manifests = new Map<string, WorkspaceManifest>();
  for (const pattern of workspace.packages)
    for (const dir of await expandPattern(root, pattern)) {
      const file = path.join(root, dir, "package.json");
      if (existsSync(file)) manifests.set(dir, JSON.parse(await readFile(file, "utf8")));
    }
  return manifests;
}

/** A dependency map with `wanted` added, `gone` removed and the keys sorted, as pnpm writes them. */
function withProviders(deps: Record<string, string>, wanted: string[], gone: Set<string>) {
  const next: Record<string, string> = {};
  for (const [name, range] of Object.entries(deps)) if (!gone.has(name)) next[name] = range;
  for (const name of wanted) next[name] ??= "workspace:*";
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Gives every workspace package that depends on a provider package a dependency on each registered one,
 * in the section it already uses, and drops providers that are no longer registered or in the workspace.
 * Returns the package.json files that were (or, with `write` false, would be) rewritten.
 */
export async function syncWorkspaceDeps(
  entries: readonly ProviderEntry[],
  root: string,
  write: boolean,
): Promise<string[]> {
  const manifests = await readWorkspaceManifests(root);
  const registered = entries.map((entry) => entry.package);
  const workspaceNames = new Set([...manifests.values()].map((m) => m.name));
  const providerDirs = new Set(entries.map((entry) => `packages/${entry.name}`));
  // A `@provider-clients/*` name that no workspace package has any more is a removed provider.
  const isGone = (name: string) =>
    name.startsWith("@provider-clients/") && !workspaceNames.has(name);
  const stale: string[] = [];
  for (const [dir, manifest] of manifests) {
    if (providerDirs.has(dir)) continue;
    const sections = (["dependencies", "devDependencies"] as Section[]).filter((section) =>
      Object.keys(manifest[section] ?? {}).some((name) => registered.includes(name)),
    );
    const home = sections[0];
    if (!home) continue;
    const next: WorkspaceManifest = { ...manifest };
    for (const section of ["dependencies", "devDependencies"] as Section[]) {
      const deps = manifest[section];
      if (!deps) continue;
      const gone = new Set(Object.keys(deps).filter(isGone));
      // Each provider is listed once, in the section that first names one.
      if (section !== home) for (const name of registered) gone.add(name);
      next[section] = withProviders(deps, section === home ? registered : [], gone);
    }
    const file = path.join(dir, "package.json");
    const before = await readFile(path.join(root, file), "utf8");
    const after = `${JSON.stringify(next, null, 2)}\n`;
    if (after === before) continue;
    stale.push(file);
    if (write) await writeFile(path.join(root, file), after);
  }
  return stale;
}
