import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { findUpstreamSpecsDir } from "../src/specs/upstream-dir.js";

it("the upstream specs folder comes from UPSTREAM_SPECS_DIR, else from shared/upstream-specs beside the repo", async () => {
  const root = await mkdtemp(join(tmpdir(), "pc-upstream-"));
  const shared = join(root, "shared", "upstream-specs");
  const repoScripts = join(root, "main", "scripts", "src");
  await mkdir(shared, { recursive: true });
  await mkdir(repoScripts, { recursive: true });
  const other = await mkdtemp(join(tmpdir(), "pc-upstream-env-"));

  expect(findUpstreamSpecsDir(repoScripts, {})).toBe(shared);
  expect(findUpstreamSpecsDir(repoScripts, { UPSTREAM_SPECS_DIR: other })).toBe(other);
  // An env var naming a missing folder means "not available", never a silent fallback.
  expect(
    findUpstreamSpecsDir(repoScripts, { UPSTREAM_SPECS_DIR: join(other, "nope") }),
  ).toBeUndefined();
  const lonely = await mkdtemp(join(tmpdir(), "pc-upstream-none-"));
  expect(findUpstreamSpecsDir(lonely, {})).toBeUndefined();
});
