import { expect, it } from "vitest";
import { compareDocuments } from "../src/diff/index.js";

const doc = (extra: Record<string, unknown> = {}) => ({
  openapi: "3.1.0",
  info: { title: "T", version: "1" },
  paths: {
    "/things": {
      get: { operationId: "listThings", responses: { "200": { description: "OK" } }, ...extra },
    },
  },
});
const files = { oldFile: "old.yaml", newFile: "new.yaml" };

it("a key OpenAPI does not define, slipped into an operation, is reported rather than passed over", () => {
  const { changes } = compareDocuments(doc(), doc({ mirror: { value: "anything" } }), files);
  expect(changes).toEqual([
    {
      kind: "unknown-key-added",
      severity: "cosmetic",
      operation: "",
      location: "/paths/~1things/get/mirror",
      pointer: { old: null, new: "/paths/~1things/get/mirror" },
      before: null,
      after: null,
      operations: [],
      message: "/paths/~1things/get/mirror: key OpenAPI does not define here added",
      advice: null,
    },
  ]);
  const back = compareDocuments(doc({ mirror: 1 }), doc(), files).changes;
  expect(back.map((change) => change.kind)).toEqual(["unknown-key-removed"]);
});

it("an externalValue hidden under such a key is refused, naming file and pointer", () => {
  const poisoned = doc({ notes: { externalValue: "http://127.0.0.1:9/x" } });
  expect(() => compareDocuments(doc(), poisoned, files)).toThrow(
    /new\.yaml#\/paths\/~1things\/get\/notes\/externalValue: externalValue/,
  );
});
