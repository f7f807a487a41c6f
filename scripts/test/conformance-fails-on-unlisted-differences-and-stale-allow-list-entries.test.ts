import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkConformance, describeFailures, readAllowList } from "../src/specs/conformance.js";
import { upstreamDirOrWarn } from "./helpers-upstream.js";

// A vendor document with the two defects Dynu's public copy has: a BOM and `COMMENTEDinfo`.
const vendor = `\uFEFF${JSON.stringify({
  openapi: "3.0.0",
  COMMENTEDinfo: { title: "Vendor", version: "2.0.0" },
  paths: {
    "/ping": {
      get: {
        responses: {
          "200": { description: "ok", content: { "text/plain": { schema: { type: "string" } } } },
        },
      },
    },
    "/dns": {
      get: {
        parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }],
        responses: { "200": { description: "ok" } },
      },
    },
  },
})}`;
const ours = `openapi: 3.1.0
info: {title: Ours, version: "2.0.0"}
paths:
  /ping:
    get:
      responses:
        "200": {description: OK, content: {application/json: {schema: {type: string}}}}
  /dns:
    get:
      responses:
        "200": {description: OK}
`;

// The provider as the fixture folders below lay it out.
const dynu = { name: "dynu", vendorFile: "dynu/openapi.json" };

async function setUp(allowList: unknown[]) {
  const base = await mkdtemp(path.join(tmpdir(), "conformance-"));
  const upstreamDir = path.join(base, "upstream");
  const repoRoot = path.join(base, "repo");
  await mkdir(path.join(upstreamDir, "dynu"), { recursive: true });
  await mkdir(path.join(repoRoot, "specs", "dynu"), { recursive: true });
  await writeFile(path.join(upstreamDir, dynu.vendorFile), vendor);
  await writeFile(path.join(repoRoot, "specs", "dynu", "openapi.yaml"), ours);
  await writeFile(
    path.join(repoRoot, "specs", "dynu", "differences.json"),
    JSON.stringify(allowList),
  );
  return { repoRoot, upstreamDir };
}

const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
});

describe("conformance fails on unlisted differences and stale allow-list entries", () => {
  it("loads a vendor document with a BOM and COMMENTEDinfo and reports what is not allowed", async () => {
    const report = await checkConformance(dynu, await setUp([]));
    expect(report.unexpected.map((c) => [c.kind, c.operation, c.location])).toEqual([
      ["parameter-removed", "GET /dns", "parameters/query/limit"],
      ["response-media-type-added", "GET /ping", "responses/200/application/json"],
      ["response-media-type-removed", "GET /ping", "responses/200/text/plain"],
    ]);
  });

  it("accepts listed differences (location as a prefix or with **) and flags entries that match nothing", async () => {
    const report = await checkConformance(
      dynu,
      await setUp([
        {
          kind: "parameter-removed",
          operation: "GET /dns",
          location: "parameters",
          reason: "test",
        },
        { kind: "response-media-type-added", location: "**/application/json", reason: "test" },
        { kind: "response-media-type-removed", operation: "GET /ping", reason: "test" },
        { kind: "operation-removed", operation: "GET /gone", reason: "no longer differs" },
      ]),
    );
    expect(report.unexpected).toEqual([]);
    expect(report.allowed).toHaveLength(3);
    expect(describeFailures(report)).toBe(
      'stale allow-list entry: {"kind":"operation-removed","operation":"GET /gone","reason":"no longer differs"}',
    );
  });

  it("rejects allow-list entries with an unknown kind or no reason, naming the entry", async () => {
    const { repoRoot } = await setUp([]);
    const file = path.join(repoRoot, "bad.json");
    await writeFile(file, JSON.stringify([{ kind: "operation-vanished", reason: "x" }]));
    await expect(readAllowList(file)).rejects.toThrow(
      `${file}#/0/kind: unknown change kind "operation-vanished"`,
    );
    await writeFile(file, JSON.stringify([{ kind: "operation-removed" }]));
    await expect(readAllowList(file)).rejects.toThrow(
      `${file}#/0/reason: every allowed difference needs a reason`,
    );
  });

  it("fails loudly on CI when the vendor documents are missing", () => {
    process.env.UPSTREAM_SPECS_DIR = path.join(tmpdir(), "no-such-upstream-dir");
    process.env.CI = "true";
    expect(() => upstreamDirOrWarn()).toThrow(
      /vendor documents not found .* conformance NOT checked/,
    );
  });
});
