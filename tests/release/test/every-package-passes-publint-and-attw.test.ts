import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/copy-workspace.js";
import { publishablePackages } from "../src/publishable.js";
import { run, runOk } from "../src/run.js";

const bin = (name: string) => path.resolve(import.meta.dirname, "../node_modules/.bin", name);

describe.each(publishablePackages())("$name", ({ folder, name }) => {
  it("packs only the build, README, CHANGELOG and license, and passes publint and attw", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "pc-pack-"));
    await runOk("pnpm", ["pack", "--pack-destination", out], {
      cwd: path.join(repoRoot, "packages", folder),
    });
    const [tarball] = await readdir(out);
    expect(tarball).toMatch(/\.tgz$/);
    const file = path.join(out, tarball!);

    const listing = await runOk("tar", ["-tzf", file], { cwd: out });
    const entries = listing.stdout
      .split("\n")
      .filter(Boolean)
      .map((e) => e.replace(/^package\//, ""));
    const unexpected = entries.filter(
      (e) =>
        !/^(dist\/.+|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/.test(e) ||
        /tsbuildinfo|\.test\./.test(e),
    );
    expect(unexpected, `${name} would publish files outside the whitelist`).toEqual([]);
    expect(entries).toContain("dist/index.js");
    expect(entries).toContain("dist/index.d.ts");
    expect(entries).toContain("LICENSE");
    expect(entries).toContain("README.md");

    const publint = await run(bin("publint"), [file, "--strict"], { cwd: out });
    expect(publint.code, publint.stdout + publint.stderr).toBe(0);
    const attw = await run(bin("attw"), [file, "--profile", "esm-only", "--format", "ascii"], {
      cwd: out,
    });
    expect(attw.code, attw.stdout + attw.stderr).toBe(0);
  });
});
