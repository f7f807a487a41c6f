import { execFile } from "node:child_process";
import { appendFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { findStale } from "../src/generate/find-stale.js";
import { copyMiniRepo } from "./helpers-mini-repo.js";

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, "../src/generate/generate-cli.ts");
const tsx = path.resolve(import.meta.dirname, "../node_modules/.bin/tsx");

describe("check:generated", () => {
  it("fails after a spec edit without regeneration and passes after regenerating", async () => {
    const root = await copyMiniRepo();
    await run(tsx, [cli, "dynu", "--root", root]);
    expect(await findStale(root)).toEqual([]);

    const spec = path.join(root, "specs/dynu/openapi.yaml");
    const edited = (await readFile(spec, "utf8")).replace(
      "statusCode: { type: integer }",
      "statusCode: { type: integer }\n                  note: { type: string }",
    );
    await writeFile(spec, edited);
    // The types, the response validators and the fake's schema table follow the schema; the operation table does not.
    expect(await findStale(root)).toEqual([
      "packages/dynu/src/generated/openapi.ts: stale",
      "packages/dynu/src/generated/validators.ts: stale",
      "packages/dynu/src/generated/fake-spec.ts: stale",
    ]);

    await run(tsx, [cli, "dynu", "--root", root]);
    expect(await findStale(root)).toEqual([]);
    const types = await readFile(path.join(root, "packages/dynu/src/generated/openapi.ts"), "utf8");
    expect(types).toContain("note?: string");
  });

  it("reports hand edits and extra files in the generated folder", async () => {
    const root = await copyMiniRepo();
    await run(tsx, [cli, "dynu", "--root", root]);
    const dir = path.join(root, "packages/dynu/src/generated");
    await appendFile(path.join(dir, "operations.ts"), "// hand edit\n");
    await appendFile(path.join(dir, "extra.ts"), "export {};\n");
    expect(await findStale(root)).toEqual([
      "packages/dynu/src/generated/operations.ts: stale",
      "packages/dynu/src/generated/extra.ts: not generated from the spec",
    ]);
  });
});
