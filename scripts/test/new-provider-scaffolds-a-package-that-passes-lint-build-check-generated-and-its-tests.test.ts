import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { typecheckProject } from "../src/specs/update/compile-check.js";
import { repoRoot } from "./helpers-upstream.js";
import { copyWorkspace, type RunResult, removeWorkspace, run } from "./helpers-workspace-copy.js";

// Issue 20 "Done when": the scaffold's output is green with no hand edit, in a copy of the repository.
const spec = path.join(repoRoot, "scripts/test/fixtures/new-provider/tokendns.yaml");
const filter = "--filter=@provider-clients/tokendns";
// The copy shares the repository's turbo cache, so the auth package it depends on is not rebuilt.
const turbo = ["exec", "turbo", "run", `--cache-dir=${path.join(repoRoot, ".turbo/cache")}`];
let copy: string | undefined;

// Build output, installs and caches: not the repository's files.
const skipped = new Set(["node_modules", "dist", ".turbo", ".vitest", ".cache", "site"]);

/** A digest of every repository file under `root`, by relative path. */
async function digests(root: string, dir = ""): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (skipped.has(entry.name) || entry.name.endsWith(".tsbuildinfo")) continue;
    if (entry.isDirectory()) for (const pair of await digests(root, relative)) found.set(...pair);
    else
      found.set(
        relative,
        createHash("sha256")
          .update(await readFile(path.join(root, relative)))
          .digest("hex"),
      );
  }
  return found;
}

/** Paths added, changed or removed between two digests. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((file) => before.get(file) !== after.get(file)).sort();
}

const ok = (result: RunResult) => {
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
};

beforeAll(async () => {
  process.env.TURBO_TELEMETRY_DISABLED = "1";
  // The root scripts (`pnpm lint`, `pnpm build`) in the copy share the repository's turbo cache too.
  process.env.TURBO_CACHE_DIR = path.join(repoRoot, ".turbo/cache");
  copy = await copyWorkspace("new-provider-");
}, 120_000);
afterAll(() => {
  delete process.env.TURBO_CACHE_DIR;
  return removeWorkspace(copy);
});

it("refuses a name that is taken and changes nothing", async () => {
  const lock = await readFile(path.join(copy!, "pnpm-lock.yaml"), "utf8");
  const taken = await run("pnpm", ["new-provider", "dynu", "--spec", spec, "--offline"], copy!);
  expect(taken.code).toBe(1);
  expect(taken.stderr).toContain("already exists; nothing was changed");
  expect(await readFile(path.join(copy!, "pnpm-lock.yaml"), "utf8")).toBe(lock);
});

it("scaffolds tokendns from a small spec: lint, build, check:generated and its tests pass with no edit", async () => {
  const root = copy!;
  const before = await digests(root);
  ok(
    await run(
      "pnpm",
      ["new-provider", "tokendns", "--spec", spec, "--auth", "token:tokenAuth:Token", "--offline"],
      root,
    ),
  );
  // Outside its own folders the provider only changes what the registry derives and the lockfile.
  const outside = changed(before, await digests(root)).filter(
    (file) => !file.startsWith("packages/tokendns/") && !file.startsWith("specs/tokendns/"),
  );
  const derived = outside.filter((file) =>
    /^(bench|demo|docs|tests\/[\w-]+)\/package\.json$/.test(file),
  );
  expect(derived.length).toBeGreaterThan(0);
  expect(outside).toEqual(
    [
      ".changeset/new-provider-tokendns.md",
      "README.md",
      ...derived,
      "pnpm-lock.yaml",
      "specs/README.md",
    ].sort(),
  );
  for (const file of derived)
    expect(await readFile(path.join(root, file), "utf8"), file).toContain(
      '"@provider-clients/tokendns": "workspace:*"',
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

it("scaffolds querydns, whose spec sends its key in the query, detecting the scheme: its own lint, build and tests pass", async () => {
  // Same copy as tokendns: the cost is this scaffold and the new package's own checks and tests.
  const root = copy!;
  const querySpec = path.join(repoRoot, "scripts/test/fixtures/new-provider/querydns.yaml");
  ok(await run("pnpm", ["new-provider", "querydns", "--spec", querySpec, "--offline"], root));
  const source = JSON.parse(await readFile(path.join(root, "specs/querydns/source.json"), "utf8"));
  expect(source.credentials).toEqual([
    { builder: "apiKey", kind: "static", scheme: "appKey", wire: "?appid=<key>" },
  ]);
  const generated = path.join(root, "packages/querydns/src/generated/static-credentials.ts");
  expect(await readFile(generated, "utf8")).toContain(
    'queryKeyAuth({ provider, key: secret, param: "appid"',
  );
  ok(await run("pnpm", ["exec", "biome", "check", "packages/querydns", "specs/querydns"], root));
  // Its usage fixtures (what a spec update's compile check guards with) compile too.
  const fixtures = path.join(root, "packages/querydns/usage-fixtures/tsconfig.json");
  ok(
    await run(
      "pnpm",
      [...turbo, "typecheck", "build", "test", "--filter=@provider-clients/querydns"],
      root,
    ),
  );
  expect(await typecheckProject(fixtures, root)).toEqual([]);
}, 240_000);

// The suites outside the packages that read the registry, and the tests of theirs that walk every
// provider (the whole suite where it is quick): each must cover the two new providers unedited.
const suites: [string, string[]][] = [
  ["demo", []],
  ["tests/sdk", []],
  [
    "tests/reliability",
    [
      "test/every-registered-provider-is-covered-by-the-api-and-token-flow-suites.test.ts",
      "test/idempotent-requests-retry-5xx-and-network-errors-and-posts-are-sent-once.test.ts",
      "test/no-secret-reaches-errors-logs-or-anything-but-the-token-store.test.ts",
    ],
  ],
  [
    "bench",
    [
      "test/every-registered-provider-is-measured.test.ts",
      "test/the-registry-defaults-bundle-and-type-check-for-every-provider-with-a-static-credential.test.ts",
    ],
  ],
  [
    "tests/release",
    ["test/each-provider-has-its-own-release-consumer-or-the-registry-default.test.ts"],
  ],
  ["tests/compat", ["test/each-package-can-be-required-from-commonjs.test.ts"]],
  [
    "tests/cli",
    [
      "test/every-registered-provider-has-a-bin-with-help-and-a-readme-command-line-or-promises-none.test.ts",
    ],
  ],
  [
    "tests/browser",
    ["test/the-registry-default-page-runs-for-every-provider-with-a-fake-static-secret.test.ts"],
  ],
];

it("with both providers added, pnpm lint, build and check:generated pass and every suite covers them unedited", async () => {
  const root = copy!;
  // The README's commands, over the whole repository (biome, then a type-check of every package).
  ok(await run("pnpm", ["lint"], root));
  ok(await run("pnpm", ["build"], root));
  ok(await run("pnpm", ["check:generated"], root));
  for (const [suite, files] of suites) {
    for (const file of files) expect(existsSync(path.join(root, suite, file)), file).toBe(true);
    const result = await run(
      path.join(root, suite, "node_modules", ".bin", "vitest"),
      ["run", "--reporter=verbose", ...files],
      path.join(root, suite),
    );
    ok(result);
    // Not vacuous: the run named the new providers (in test names or tour lines); bench's and
    // compat's tests name none, but compare what they covered with the whole registry.
    if (suite === "bench" || suite === "tests/compat") continue;
    expect(`${result.stdout}${result.stderr}`, suite).toMatch(/tokendns/i);
    expect(`${result.stdout}${result.stderr}`, suite).toMatch(/querydns/i);
  }
}, 600_000);
