// release.yml: changesets' version-PR flow on main; publishing uses `pnpm release`, npm provenance
// and a token from the repository's secrets, never from a file in the repository.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "./helpers-upstream.js";
import { expr, jobs, stepUsing, workflow } from "./helpers-workflows.js";

type Json = Record<string, unknown>;

const release = workflow("release.yml");
const job = jobs(release).release!;
const changesets = stepUsing(job, "changesets/action");
const scripts = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"))
  .scripts as Record<string, string>;

it("runs on pushes to main only", () => {
  expect(release.yaml.on).toEqual({ push: { branches: ["main"] } });
});

it("opens the 'Version packages' pull request with version-packages and publishes with release", () => {
  const inputs = changesets.with as Json;
  expect(inputs).toMatchObject({
    version: "pnpm version-packages",
    publish: "pnpm release",
    title: "Version packages",
  });
  expect(scripts["version-packages"]).toBe("changeset version");
  expect(scripts.release).toMatch(/&& changeset publish$/);
});

it("asks for provenance and an OIDC token, and reads the npm token from secrets only", () => {
  expect(job.permissions).toMatchObject({ "id-token": "write" });
  expect(changesets.env).toEqual({
    NPM_TOKEN: expr("secrets.NPM_TOKEN"),
    NPM_CONFIG_PROVENANCE: "true",
  });
  // No npm configuration with credentials is committed anywhere.
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: repoRoot, encoding: "utf8" })
    .split("\0")
    .filter((file) => path.basename(file) === ".npmrc");
  for (const file of tracked)
    expect(readFileSync(path.join(repoRoot, file), "utf8")).not.toMatch(
      /_authToken|_auth\b|_password/,
    );
  expect(release.text).not.toMatch(/npm_[A-Za-z0-9]{36}/);
});
