import { spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHANGE_KINDS } from "../src/diff/index.js";
import { diffFixtures } from "./helpers-diff.js";

const scripts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(scripts, "node_modules", ".bin", "tsx");
const cli = path.join(scripts, "src", "specs", "diff-cli.ts");

function run(...args: string[]) {
  const result = spawnSync(tsx, [cli, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const pair = (name: string) => [
  path.join(diffFixtures, name, "old.yaml"),
  path.join(diffFixtures, name, "new.yaml"),
];

describe("specs:diff exits 0, 1 or 2 and prints JSON on request", () => {
  it("exits 1 for a breaking change and puts the verdict first", () => {
    const { code, stdout } = run(...pair("operation-removed"));
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toMatch(/^bump: major \(1 breaking/);
    expect(stdout).toContain(
      "breaking:\n  operation-removed  GET /things/{id} removed\n    in GET /things/{id}\n    what to do: Stop calling `getThing`",
    );
  });

  it("exits 0 for additive and for no changes", () => {
    expect(run(...pair("operation-added")).code).toBe(0);
    expect(run(...pair("identical")).code).toBe(0);
  });

  it("prints {bump, changes} with --json", () => {
    const { code, stdout } = run(...pair("parameter-removed"), "--json");
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as { bump: string; changes: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(["bump", "changes"]);
    expect(parsed.bump).toBe("major");
    expect(parsed.changes).toEqual([
      {
        kind: "parameter-removed",
        severity: "breaking",
        operation: "GET /things",
        location: "parameters/query/limit",
        pointer: { old: "/paths/~1things/get/parameters/0", new: null },
        before: "limit",
        after: null,
        operations: ["GET /things"],
        message: expect.any(String),
        advice: expect.stringContaining("Stop passing `query parameter limit` to `listThings`"),
      },
    ]);
    expect(Object.keys(CHANGE_KINDS)).toContain(parsed.changes[0]!.kind);
    // The shape specs:watch and specs:update read: keep these keys and their order.
    expect(Object.keys(parsed.changes[0]!)).toEqual([
      "kind",
      "severity",
      "operation",
      "location",
      "pointer",
      "before",
      "after",
      "operations",
      "message",
      "advice",
    ]);
  });

  it("exits 2 on usage errors and documents the codes in --help", () => {
    const missing = run(pair("identical")[0]!);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("expected exactly two files");
    expect(run(...pair("identical"), "--colour").code).toBe(2);
    const help = run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(
      /0 +no breaking change[\s\S]*1 +breaking change[\s\S]*2 +usage or input error/,
    );
  });

  it("exits 2 naming the file and pointer for bad input", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "specs-diff-"));
    const broken = path.join(dir, "broken.yaml");
    await writeFile(
      broken,
      "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Gone'}\n",
    );
    const unresolved = run(pair("identical")[0]!, broken);
    expect(unresolved.code).toBe(2);
    expect(unresolved.stderr).toContain(
      `${broken}#/paths/~1x/get/responses/200/$ref: unresolved $ref`,
    );
    const swagger = path.join(dir, "swagger.yaml");
    await writeFile(swagger, "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n");
    const old = run(swagger, broken);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain(
      `${swagger}#/openapi: expected OpenAPI 3.0 or 3.1, found Swagger 2.0`,
    );
    expect(run(path.join(dir, "absent.yaml"), broken).stderr).toContain(
      "absent.yaml: cannot read file (ENOENT)",
    );
  });
});
