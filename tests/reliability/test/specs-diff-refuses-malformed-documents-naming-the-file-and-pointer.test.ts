// `specs:diff` given malformed documents (random JSON, a bare $ref cycle, an unresolved $ref, a
// 50 MB document, a Swagger 1.2 file) as OLD or NEW: exit 2 with the file and JSON pointer named,
// never a stack trace, never a verdict.
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BadDocument,
  randomOpenApiDocuments,
  writeBadDocuments,
} from "../src/specs/bad-documents.js";
import { expectClearError } from "../src/specs/expect-clear-error.js";
import { specsDiff } from "../src/specs/spec-tools.js";
import { copyFromRepo, tempDir } from "../src/specs/temp-root.js";
import { tally } from "../src/support/tally.js";

let dir = "";
let good = "";
let docs: BadDocument[] = [];
beforeAll(async () => {
  dir = await tempDir("diff");
  await copyFromRepo(dir, "specs/dynu/openapi.yaml");
  good = path.join(dir, "specs", "dynu", "openapi.yaml");
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

describe.concurrent("specs:diff", () => {
  for (const [index, name] of names.entries()) {
    // Half of them as the old document, half as the new one.
    const asOld = index % 2 === 0;
    it(`${name} as the ${asOld ? "old" : "new"} document: exit 2 naming file and pointer`, async (context) => {
      tally(context, { badInputs: 1 });
      const doc = docs.find((d) => d.name === name)!;
      const result = asOld ? await specsDiff(doc.file, good) : await specsDiff(good, doc.file);
      expectClearError(result, doc, `${name}/openapi.yaml`, [2]);
    });
  }
});

describe.concurrent("specs:diff on OpenAPI headers around random paths and components", () => {
  const pairs = randomOpenApiDocuments(8);
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    it(`random pair ${i / 2 + 1}: a verdict (exit 0 or 1) or a clear error (exit 2), never a crash`, async (context) => {
      tally(context, { badInputs: 2 });
      const [oldFile, newFile] = [
        path.join(dir, `pair-${i}-old.json`),
        path.join(dir, `pair-${i}-new.json`),
      ];
      await writeFile(oldFile, JSON.stringify(pairs[i]));
      await writeFile(newFile, JSON.stringify(pairs[i + 1]));
      const result = await specsDiff(oldFile, newFile);
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.timedOut).toBe(false);
      expect([0, 1, 2], output.slice(0, 1500)).toContain(result.code);
      expect(output, "a stack trace in the output").not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      if (result.code === 2) expect(result.stderr).toMatch(/pair-\d+-(old|new)\.json#?\S*: /);
      else expect(result.stdout).toMatch(/^bump: (none|patch|minor|major)/m);
    });
  }
});
