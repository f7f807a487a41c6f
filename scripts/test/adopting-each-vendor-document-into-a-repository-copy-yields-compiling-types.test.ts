// The adopt path end to end for every adopted provider: adopt-cli, generate-cli and tsc in a repository copy.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptedProviders } from "../src/specs/adopt/index.js";
import { buildMissingWorkspaceDependencies } from "../src/specs/update/build-workspace-dependencies.js";
import { typecheckProject } from "../src/specs/update/compile-check.js";
import { upstreamDirOrWarn } from "./helpers-upstream.js";
import { copyWorkspace, removeWorkspace, run } from "./helpers-workspace-copy.js";

const upstream = upstreamDirOrWarn();
const SLOW = 150_000;

describe("adopting each vendor document into a repository copy", () => {
  if (!upstream) {
    it("needs ../shared/upstream-specs (or UPSTREAM_SPECS_DIR) for the vendor documents", () => {
      // upstreamDirOrWarn already printed the warning (and threw on CI).
      expect(process.env.CI, "upstream specs missing under CI").not.toBe("true");
    });
    return;
  }
  let root: string;

  beforeAll(async () => {
    root = await copyWorkspace("pc-adopt-copy-");
    // Every provider package type-checks against @provider-clients/auth's declarations.
    await buildMissingWorkspaceDependencies("adguard-dns", root);
  }, SLOW);
  afterAll(() => removeWorkspace(root));

  it(
    "succeeds for every adopted provider and yields packages that type-check",
    async () => {
      const tsx = path.join(root, "node_modules", ".bin", "tsx");
      // One provider's chain is sequential; the providers run side by side to keep the test short.
      const outcomes = await Promise.all(
        adoptedProviders.map(async ({ name: provider, vendorFile }) => {
          const out = `specs/${provider}/openapi.yaml`;
          const vendor = path.join(upstream, vendorFile);
          const adopt = await run(
            tsx,
            [
              "scripts/src/specs/adopt-cli.ts",
              "--provider",
              provider,
              "--vendor",
              vendor,
              "--out",
              out,
            ],
            root,
          );
          const generate = await run(tsx, ["scripts/src/generate/generate-cli.ts", provider], root);
          const errors = await typecheckProject(
            path.join(root, "packages", provider, "tsconfig.json"),
            root,
          );
          const spec = await readFile(path.join(root, out), "utf8");
          return { provider, adopt, generate, errors, spec };
        }),
      );

      for (const { provider, adopt, generate, errors, spec } of outcomes) {
        expect(adopt.code, `${provider} adopt: ${adopt.stderr}`).toBe(0);
        expect(adopt.stdout).toMatch(
          new RegExp(`^${provider}: wrote .*openapi\\.yaml \\(\\d+ operations\\)`),
        );
        expect(spec.startsWith("openapi: 3.1")).toBe(true);
        expect(generate.code, `${provider} generate: ${generate.stderr}`).toBe(0);
        expect(generate.stdout).toContain(`generated packages/${provider}/src/generated`);
        expect(errors, `${provider} type errors`).toEqual([]);
      }
    },
    SLOW,
  );
});
