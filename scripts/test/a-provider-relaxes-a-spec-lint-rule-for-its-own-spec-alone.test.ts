// `lintExceptions` in specs/<name>/source.json relaxes a redocly rule for that provider's spec only.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";

const scripts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(scripts, "node_modules", ".bin", "tsx");
const cli = path.join(scripts, "src", "specs", "lint-cli.ts");

// A small valid spec whose only path ends in a slash, as some real APIs' paths do.
const spec = `openapi: 3.1.0
info: {title: Lint fixture, version: "1.0.0", description: Tiny spec for lint tests.}
servers: [{url: "https://api.example.com"}]
security: [{bearer: []}]
tags: [{name: things, description: Things.}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
paths:
  /things/:
    get:
      operationId: listThings
      summary: Lists things.
      tags: [things]
      responses:
        "200": {description: OK, content: {application/json: {schema: {type: object}}}}
        "400": {description: Bad Request}
`;

let root: string | undefined;
afterEach(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

async function provider(name: string, exceptions?: Record<string, unknown>) {
  const dynu = JSON.parse(await readFile(path.join(scripts, "../specs/dynu/source.json"), "utf8"));
  await mkdir(path.join(root!, "specs", name), { recursive: true });
  await writeFile(path.join(root!, "specs", name, "openapi.yaml"), spec);
  const source = { ...dynu, provider: name, ...(exceptions && { lintExceptions: exceptions }) };
  await writeFile(path.join(root!, "specs", name, "source.json"), JSON.stringify(source));
}

function lint() {
  const result = spawnSync(tsx, [cli, "--root", root!], { encoding: "utf8" });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

it("a trailing-slash path fails every provider but the one that declares the exception", async () => {
  root = await mkdtemp(path.join(tmpdir(), "lint-exceptions-"));
  const reason = "The vendor's real paths end in a slash; without it they answer 301.";
  await provider("relaxed", { "no-path-trailing-slash": { severity: "off", reason } });
  await provider("strict");
  const both = lint();
  expect(both.output).toContain("specs:lint: relaxed relaxes no-path-trailing-slash (off)");
  expect(both.output).toMatch(/specs\/strict\/openapi\.yaml[\s\S]*no-path-trailing-slash/);
  expect(both.output).not.toMatch(
    /specs\/relaxed\/openapi\.yaml[^\n]*\n[^\n]*no-path-trailing-slash/,
  );
  expect(both.code).toBe(1);

  await rm(path.join(root, "specs", "strict"), { recursive: true });
  const alone = lint();
  expect(alone.output).toContain("redocly passed");
  expect(alone.code).toBe(0);
}, 60_000);

it("an exception without a reason is refused, naming the file", async () => {
  root = await mkdtemp(path.join(tmpdir(), "lint-exceptions-"));
  await provider("careless", { "no-path-trailing-slash": { severity: "off" } });
  const { code, output } = lint();
  expect(output).toContain("specs/careless/source.json");
  expect(output).toContain("reason");
  expect(code).not.toBe(0);
}, 60_000);
