// `generate <provider> --root` on a malformed spec (random JSON, a bare $ref cycle, an unresolved
// $ref, a 50 MB document, a Swagger 1.2 file): exit 1 naming the file and JSON pointer, no stack
// trace, and the previously generated files exactly as they were (no partial output).
import { copyFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BadDocument, writeBadDocuments } from "../src/specs/bad-documents.js";
import { expectClearError } from "../src/specs/expect-clear-error.js";
import { generate } from "../src/specs/spec-tools.js";
import { copyFromRepo, snapshotTree, tempDir } from "../src/specs/temp-root.js";
import { tally } from "../src/support/tally.js";

const generated = "packages/dynu/src/generated";
let dir = "";
let docs: BadDocument[] = [];
beforeAll(async () => {
  dir = await tempDir("generate");
  docs = await writeBadDocuments(path.join(dir, "bad"), { randomCount: 4, megabytes: 50 });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const names = [
  "random-1",
  "random-2",
  "random-3",
  "random-4",
  "cyclic-ref",
  "unresolved-ref",
  "swagger-1-2",
  "fifty-megabytes",
];

describe.concurrent("generate dynu", () => {
  for (const name of names) {
    it(`${name}: exit 1 naming the file and pointer; the previous client untouched`, async (context) => {
      tally(context, { badInputs: 1 });
      const doc = docs.find((d) => d.name === name)!;
      const root = path.join(dir, `root-${name}`);
      await copyFromRepo(root, generated);
      await copyFromRepo(root, "specs/dynu/openapi.yaml");
      await copyFile(doc.file, path.join(root, "specs", "dynu", "openapi.yaml"));
      const before = await snapshotTree(path.join(root, "packages"));
      const result = await generate("dynu", root);
      expect(
        await snapshotTree(path.join(root, "packages")),
        "generated files after the failure",
      ).toEqual(before);
      expectClearError(result, doc, "specs/dynu/openapi.yaml", [1]);
    });
  }
});
