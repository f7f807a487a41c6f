import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { workspaceFolders } from "../src/ci/find-reports.js";
import { repoRoot } from "../src/generate/repo-paths.js";

it("every workspace package with a test script is a folder whose report CI sums", () => {
  const globs = parse(readFileSync(path.join(repoRoot, "pnpm-workspace.yaml"), "utf8"))
    .packages as string[];
  const withTests: string[] = [];
  for (const glob of globs) {
    const parents = glob.endsWith("/*") ? [glob.slice(0, -2)] : [];
    const folders = parents.length
      ? parents.flatMap((p) =>
          readdirSync(path.join(repoRoot, p)).map((n) => path.join(repoRoot, p, n)),
        )
      : [path.join(repoRoot, glob)];
    for (const folder of folders) {
      const manifest = path.join(folder, "package.json");
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).scripts?.test) {
        withTests.push(folder);
      }
    }
  }
  expect(withTests.length).toBeGreaterThanOrEqual(10);
  expect(
    workspaceFolders()
      .filter((f) => withTests.includes(f))
      .sort(),
  ).toEqual(withTests.sort());
});
