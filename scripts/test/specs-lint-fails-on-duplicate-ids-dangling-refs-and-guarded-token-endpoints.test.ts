import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const scripts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(scripts, "node_modules", ".bin", "tsx");
const cli = path.join(scripts, "src", "specs", "lint-cli.ts");

const spec = (paths: string) => `openapi: 3.1.0
info: {title: Lint fixture, version: "1.0.0", description: Tiny spec for lint tests.}
servers: [{url: "http://127.0.0.1"}]
security: [{bearer: []}]
tags: [{name: things, description: Things.}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Thing: {type: object, properties: {id: {type: string}}}
paths:
${paths}`;

const op = (id: string, extra = "") => `      operationId: ${id}
      summary: An operation.
      tags: [things]${extra}
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}
        "400": {description: Bad Request}`;

async function repoWith(yaml: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "specs-lint-"));
  await mkdir(path.join(root, "specs", "example"), { recursive: true });
  await writeFile(path.join(root, "specs", "example", "openapi.yaml"), yaml);
  return root;
}

function lint(root: string) {
  const result = spawnSync(tsx, [cli, "--root", root], { encoding: "utf8" });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("specs:lint fails on duplicate ids, dangling refs and guarded token endpoints", () => {
  it("passes a clean spec whose token endpoint takes no credential", async () => {
    const root = await repoWith(
      spec(
        `  /things:\n    get:\n${op("listThings")}\n  /oauth/token:\n    post:\n${op("issueToken", "\n      security: []")}\n`,
      ),
    );
    const { code, output } = lint(root);
    expect(output).toContain("0 structural problem(s)");
    expect(code).toBe(0);
  });

  it("reports each structural problem with file and pointer and exits 1", async () => {
    const root = await repoWith(
      spec(
        `  /things:\n    get:\n${op("listThings")}\n    post:\n${op("listThings")}\n` +
          `  /oauth/token:\n    post:\n${op("issueToken")}\n` +
          `  /broken:\n    get:\n      operationId: broken\n      responses:\n        "200": {$ref: "#/components/responses/Missing"}\n`,
      ),
    );
    const { code, output } = lint(root);
    expect(code).toBe(1);
    const file = path.join("specs", "example", "openapi.yaml");
    expect(output).toContain(
      `${file}#/paths/~1things/post/operationId: operationId listThings is also used at /paths/~1things/get`,
    );
    expect(output).toContain(
      `${file}#/paths/~1oauth~1token/post/security: token endpoint POST /oauth/token must declare security: []`,
    );
    expect(output).toContain(
      `${file}#/paths/~1broken/get/responses/200/$ref: unresolved $ref "#/components/responses/Missing"`,
    );
    expect(output).toContain("redocly FAILED");
  });
});
