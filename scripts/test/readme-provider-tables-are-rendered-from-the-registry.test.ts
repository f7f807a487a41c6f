// The README tables of providers are the registry's render, byte for byte, between their markers.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { readmeTables, syncReadmeTables } from "../src/providers/readme-tables.js";
import { registry } from "../src/providers/registry.js";
import { repoRoot } from "./helpers-upstream.js";

let copy: string | undefined;
afterEach(() => (copy ? rm(copy, { recursive: true, force: true }) : undefined));

// The README files the tables live in, copied to a temporary root.
async function copyReadmes(): Promise<string> {
  copy = await mkdtemp(path.join(tmpdir(), "pc-readme-tables-"));
  for (const file of new Set(readmeTables.map((t) => t.file)))
    await cp(path.join(repoRoot, file), path.join(copy, file), { recursive: true });
  return copy;
}

it("README.md and specs/README.md hold the tables rendered from every registered provider", async () => {
  expect(await syncReadmeTables(registry, repoRoot, false)).toEqual([]);
  const readme = await readFile(path.join(repoRoot, "README.md"), "utf8");
  const specs = await readFile(path.join(repoRoot, "specs", "README.md"), "utf8");
  for (const entry of registry) {
    expect(readme).toContain(`| [\`${entry.package}\`](packages/${entry.name}) |`);
    expect(specs).toMatch(new RegExp(`^\\| ${entry.name} \\| ${entry.kind} \\|`, "m"));
  }
});

it("a table that lost a provider's row is reported and rewritten", async () => {
  const root = await copyReadmes();
  const file = path.join(root, "specs", "README.md");
  const original = await readFile(file, "utf8");
  await writeFile(file, original.replace(/^\| dynata \|.*\n/m, ""));
  expect(await syncReadmeTables(registry, root, false)).toEqual(["specs/README.md"]);
  expect(await syncReadmeTables(registry, root, true)).toEqual(["specs/README.md"]);
  expect(await readFile(file, "utf8")).toBe(original);
});

it("a README without the markers is an error naming the file and the marker", async () => {
  const root = await copyReadmes();
  const file = path.join(root, "README.md");
  await writeFile(file, (await readFile(file, "utf8")).replace("<!-- /providers:packages -->", ""));
  await expect(syncReadmeTables(registry, root, false)).rejects.toThrow(
    "README.md: no <!-- providers:packages --> ... <!-- /providers:packages --> block",
  );
});
