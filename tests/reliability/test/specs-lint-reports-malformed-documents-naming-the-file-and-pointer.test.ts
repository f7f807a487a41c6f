// `specs:lint --root` over a tree of malformed specs (random JSON, a bare $ref cycle, an unresolved
// $ref, a 50 MB document, a Swagger 1.2 file): exit 1, every file named with its JSON pointer,
// no stack trace, nothing written.
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BadDocument, writeBadDocuments } from "../src/specs/bad-documents.js";
import { expectClearError } from "../src/specs/expect-clear-error.js";
import { specsLint } from "../src/specs/spec-tools.js";
import { snapshotTree, tempDir } from "../src/specs/temp-root.js";
import type { ChildResult } from "../src/support/run-child.js";
import { tally } from "../src/support/tally.js";

let root = "";
let docs: BadDocument[] = [];
let result: ChildResult;
let before: Map<string, string>;
beforeAll(async () => {
  root = await tempDir("lint");
  docs = await writeBadDocuments(path.join(root, "specs"), { randomCount: 4, megabytes: 50 });
  before = await snapshotTree(root);
  result = await specsLint(root);
}, 170_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
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

describe("specs:lint over one tree holding every bad document", () => {
  for (const name of names) {
    it(`${name}: named with its JSON pointer and reason, exit 1`, (context) => {
      tally(context, { badInputs: 1 });
      const doc = docs.find((d) => d.name === name)!;
      expectClearError(result, doc, `specs/${name}/openapi.yaml`, [1]);
    });
  }

  it("writes nothing into the tree it lints", async () => {
    expect(await snapshotTree(root)).toEqual(before);
  });
});
