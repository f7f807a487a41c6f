import { execFile } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readDir, writeDirAtomically } from "../src/generate/write-dir-atomically.js";
import { copyMiniRepo } from "./helpers-mini-repo.js";

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, "../src/generate/generate-cli.ts");
const tsx = path.resolve(import.meta.dirname, "../node_modules/.bin/tsx");

describe("generate", () => {
  it("exits 1 naming the file and pointer and keeps the old files when the spec is invalid", async () => {
    const root = await copyMiniRepo();
    await run(tsx, [cli, "dynu", "--root", root]);
    const dir = path.join(root, "packages/dynu/src/generated");
    const before = await readDir(dir);

    const spec = path.join(root, "specs/dynu/openapi.yaml");
    await writeFile(
      spec,
      (await readFile(spec, "utf8")).replace("      operationId: listDomains\n", ""),
    );
    const failure = await run(tsx, [cli, "dynu", "--root", root]).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain("specs/dynu/openapi.yaml#/paths/~1dns/get");
    expect(failure.stderr).toContain("previous output kept");
    expect(await readDir(dir)).toEqual(before);
  });

  it("refuses a Swagger 2.0 document with a clear message", async () => {
    const root = await copyMiniRepo();
    await writeFile(
      path.join(root, "specs/dynu/openapi.yaml"),
      'swagger: "2.0"\ninfo: {}\npaths: {}\n',
    );
    const failure = await run(tsx, [cli, "dynu", "--root", root]).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain("expected OpenAPI 3.0 or 3.1, found Swagger 2.0");
    await expect(readdir(path.join(root, "packages/dynu/src"))).rejects.toThrow();
  });

  it("swaps the whole folder, leaving no staging or retired copies behind", async () => {
    const root = await copyMiniRepo();
    const dir = path.join(root, "out", "generated");
    await writeDirAtomically(dir, new Map([["a.ts", "old"]]));
    await writeDirAtomically(dir, new Map([["b.ts", "new"]]));
    expect(await readDir(dir)).toEqual(new Map([["b.ts", "new"]]));
    expect(await readdir(path.join(root, "out"))).toEqual(["generated"]);
  });

  it("puts the previous folder back when a crash left only the retired copy", async () => {
    const root = await copyMiniRepo();
    const parent = path.join(root, "out");
    await writeDirAtomically(path.join(parent, "generated"), new Map([["a.ts", "old"]]));
    const { rename } = await import("node:fs/promises");
    await rename(path.join(parent, "generated"), path.join(parent, ".generated-old-1-1"));
    await writeDirAtomically(path.join(parent, "generated"), new Map([["a.ts", "new"]]));
    expect(await readDir(path.join(parent, "generated"))).toEqual(new Map([["a.ts", "new"]]));
    expect(await readdir(parent)).toEqual(["generated"]);
  });
});
