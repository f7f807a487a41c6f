// Usage fixtures are the second guard on a spec update's bump, so they must compile today or they guard nothing.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { providers } from "../src/generate/repo-paths.js";
import { buildMissingWorkspaceDependencies } from "../src/specs/update/build-workspace-dependencies.js";
import { typecheckProject } from "../src/specs/update/compile-check.js";
import { repoRoot } from "./helpers-upstream.js";

const SLOW = 120_000;

describe("each provider's usage fixtures compile against its client", () => {
  beforeAll(async () => {
    // A fresh clone has no @provider-clients/auth declarations yet; the packages resolve types from them.
    await buildMissingWorkspaceDependencies(providers[0] ?? "", repoRoot);
  }, SLOW);

  it(
    "every registered provider has 2-4 fixtures and they type-check",
    async () => {
      const results = await Promise.all(
        providers.map(async (provider) => {
          const dir = path.join(repoRoot, "packages", provider, "usage-fixtures");
          const fixtures = (await readdir(dir)).filter((name) => name.endsWith(".ts"));
          const tsconfig = JSON.parse(await readFile(path.join(dir, "tsconfig.json"), "utf8"));
          const errors = await typecheckProject(path.join(dir, "tsconfig.json"), repoRoot);
          return { provider, fixtures, tsconfig, errors };
        }),
      );
      for (const { provider, fixtures, tsconfig, errors } of results) {
        expect(fixtures.length, provider).toBeGreaterThanOrEqual(2);
        expect(fixtures.length, provider).toBeLessThanOrEqual(4);
        // Only the fixtures are included; the package's own files come in through their imports.
        expect(tsconfig).toMatchObject({ extends: "../tsconfig.json", include: ["*.ts"] });
        expect(errors, `${provider} fixtures`).toEqual([]);
      }
    },
    SLOW,
  );
});
