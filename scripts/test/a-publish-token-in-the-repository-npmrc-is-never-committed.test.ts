import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "./helpers-upstream.js";

it("an .npmrc with a publish token, planted where the README says, is left out of `git add -A`", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "npmrc-"));
  try {
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "core.hooksPath=/dev/null", ...args], {
        cwd: dir,
        encoding: "utf8",
      });
    git("init", "-q");
    copyFileSync(path.join(repoRoot, ".gitignore"), path.join(dir, ".gitignore"));
    writeFileSync(
      path.join(dir, ".npmrc"),
      "registry=http://127.0.0.1:4873/\n//127.0.0.1:4873/:_authToken=npm_planted\n",
    );
    git("add", "-A");
    expect(git("diff", "--cached", "--name-only").trim().split("\n")).toEqual([".gitignore"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("the README's release steps say the .npmrc is git-ignored", () => {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  expect(readme).toMatch(/`\.npmrc` at the repository root \(git-ignored/);
});
