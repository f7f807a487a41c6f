import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

it("git ignores .npmrc at the root and in every package folder", () => {
  for (const file of [".npmrc", "packages/dynu/.npmrc", "tests/release/.npmrc"]) {
    // check-ignore exits 0 when the path is ignored, 1 when it would be committed.
    expect(
      () => execFileSync("git", ["check-ignore", "-q", file], { cwd: root }),
      file,
    ).not.toThrow();
  }
});
