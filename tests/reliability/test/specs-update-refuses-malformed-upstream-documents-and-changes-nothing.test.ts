// `specs:update --from <mirror>` when the mirror serves a malformed AdGuard DNS document (random
// JSON, a bare $ref cycle, an unresolved $ref, a 50 MB document, a Swagger 1.2 file): exit 1
// naming the file and JSON pointer, no stack trace; spec, differences, generated client and
// changesets exactly as they were.
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BadDocument, writeBadDocuments } from "../src/specs/bad-documents.js";
import { expectClearError } from "../src/specs/expect-clear-error.js";
import { specsUpdate } from "../src/specs/spec-tools.js";
import { copyFromRepo, snapshotTree, tempDir } from "../src/specs/temp-root.js";
import { tally } from "../src/support/tally.js";

let dir = "";
let docs: BadDocument[] = [];
beforeAll(async () => {
  dir = await tempDir("update");
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

describe.concurrent("specs:update --provider adguard-dns", () => {
  for (const name of names) {
    it(`${name}: exit 1 naming the file and pointer; nothing in the repo changes`, async (context) => {
      tally(context, { badInputs: 1 });
      const found = docs.find((d) => d.name === name)!;
      // Past the default 20 MB download limit the size is the (pointer-less) reason.
      const doc: BadDocument =
        name === "fifty-megabytes"
          ? { ...found, pointer: undefined, says: /exceeds the \d+-byte limit/ }
          : found;
      const root = path.join(dir, `root-${name}`);
      await copyFromRepo(root, "specs/adguard-dns");
      await copyFromRepo(root, "packages/adguard-dns/src/generated");
      const mirror = path.join(root, "mirror");
      await mkdir(path.join(mirror, "adguard-dns"), { recursive: true });
      await copyFile(doc.file, path.join(mirror, "adguard-dns", "openapi.json"));
      const kept = async () => ({
        specs: await snapshotTree(path.join(root, "specs")),
        packages: await snapshotTree(path.join(root, "packages")),
        changesets: await snapshotTree(path.join(root, ".changeset")),
      });
      const before = await kept();
      const result = await specsUpdate(root, "adguard-dns", mirror);
      expect(await kept(), "spec, client and changesets after the failure").toEqual(before);
      expectClearError(result, doc, "mirror/adguard-dns/openapi.json", [1]);
    });
  }
});
