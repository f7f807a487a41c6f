import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { repoRoot } from "./helpers-upstream.js";
import { copyWorkspace, type RunResult, removeWorkspace, run } from "./helpers-workspace-copy.js";

// Issue 20 "Done when": the scaffold's output is green with no hand edit, in a copy of the repository.
const spec = path.join(repoRoot, "scripts/test/fixtures/new-provider/tokendns.yaml");
const filter = "--filter=@provider-clients/tokendns";
// The copy shares the repository's turbo cache, so the auth package it depends on is not rebuilt.
const turbo = ["exec", "turbo", "run", `--cache-dir=${path.join(repoRoot, ".turbo/cache")}`];
let copy: string | undefined;

const ok = (result: RunResult) => {
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
};

beforeAll(async () => {
  process.env.TURBO_TELEMETRY_DISABLED = "1";
  copy = await copyWorkspace("new-provider-");
}, 120_000);
afterAll(() => removeWorkspace(copy));

it("refuses a name that is taken and changes nothing", async () => {
  const lock = await readFile(path.join(copy!, "pnpm-lock.yaml"), "utf8");
  const taken = await run("pnpm", ["new-provider", "dynu", "--spec", spec, "--offline"], copy!);
  expect(taken.code).toBe(1);
  expect(taken.stderr).toContain("already exists; nothing was changed");
  expect(await readFile(path.join(copy!, "pnpm-lock.yaml"), "utf8")).toBe(lock);
});

it("scaffolds tokendns from a small spec: lint, build, check:generated and its tests pass with no edit", async () => {
  const root = copy!;
  ok(
    await run(
      "pnpm",
      ["new-provider", "tokendns", "--spec", spec, "--auth", "token:tokenAuth:Token", "--offline"],
      root,
    ),
  );
  // Registered, installed and with a changeset.
  const source = JSON.parse(await readFile(path.join(root, "specs/tokendns/source.json"), "utf8"));
  expect(source).toMatchObject({
    provider: "tokendns",
    probe: "listDomains",
    generatedClient: true,
  });
  expect(await readFile(path.join(root, "pnpm-lock.yaml"), "utf8")).toContain("packages/tokendns:");
  expect(existsSync(path.join(root, ".changeset/new-provider-tokendns.md"))).toBe(true);
  ok(await run("pnpm", ["exec", "biome", "check", "."], root));
  ok(await run("pnpm", ["check:generated"], root));
  ok(await run("pnpm", [...turbo, "typecheck", "build", "test", filter], root));
}, 240_000);
