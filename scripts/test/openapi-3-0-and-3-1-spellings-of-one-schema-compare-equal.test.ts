import { describe, expect, it } from "vitest";
import { compareDocuments } from "../src/diff/index.js";
import { docWithResponseSchema, yamlDoc } from "./helpers-diff.js";

const files = { oldFile: "v30.yaml", newFile: "v31.yaml" };
const components = `components:
  schemas:
    Pet: {type: object, properties: {name: {type: string}}}`;

// Pairs of [3.0 schema, 3.1 schema] that say the same thing.
const sameMeaning: Record<string, [string, string]> = {
  "nullable: true vs a null type": ["{type: string, nullable: true}", '{type: [string, "null"]}'],
  "nullable: true vs anyOf with {type: null}": [
    "{type: string, nullable: true}",
    '{anyOf: [{type: string}, {type: "null"}]}',
  ],
  "nullable $ref via allOf vs oneOf with null": [
    "{allOf: [{$ref: '#/components/schemas/Pet'}], nullable: true}",
    "{oneOf: [{$ref: '#/components/schemas/Pet'}, {type: 'null'}]}",
  ],
  "boolean exclusiveMinimum vs numeric": [
    "{type: integer, minimum: 0, exclusiveMinimum: true}",
    "{type: integer, exclusiveMinimum: 0}",
  ],
  "example vs examples": ["{type: string, example: abc}", "{type: string, examples: [abc]}"],
  "enum with nullable vs enum with null": [
    "{type: string, enum: [a, b], nullable: true}",
    '{type: [string, "null"], enum: [a, b, null]}',
  ],
};

describe("OpenAPI 3.0 and 3.1 spellings of one schema compare equal", () => {
  for (const [name, [v30, v31]] of Object.entries(sameMeaning)) {
    it(name, () => {
      const oldDoc = yamlDoc(docWithResponseSchema("3.0.3", v30, components));
      const newDoc = yamlDoc(docWithResponseSchema("3.1.0", v31, components));
      expect(compareDocuments(oldDoc, newDoc, files)).toEqual({ bump: "none", changes: [] });
      expect(compareDocuments(newDoc, oldDoc, files)).toEqual({ bump: "none", changes: [] });
    });
  }

  it("still sees a real difference between the versions", () => {
    const oldDoc = yamlDoc(docWithResponseSchema("3.0.3", "{type: string, nullable: true}"));
    const newDoc = yamlDoc(docWithResponseSchema("3.1.0", "{type: string}"));
    const result = compareDocuments(oldDoc, newDoc, files);
    expect(result.changes.map((change) => change.kind)).toEqual(["response-made-non-nullable"]);
    expect(result.bump).toBe("minor");
  });
});
