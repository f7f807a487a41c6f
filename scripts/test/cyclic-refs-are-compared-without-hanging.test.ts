import { describe, expect, it } from "vitest";
import { compareDocuments } from "../src/diff/index.js";
import { docWithResponseSchema, yamlDoc } from "./helpers-diff.js";

// A tree node refers to itself; B and A refer to each other.
const cyclic = (extra: string) => `components:
  schemas:
    Node:
      type: object
      properties:
        label: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}${extra}
    A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}
    B: {allOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {a: {$ref: '#/components/schemas/A'}}}]}`;

const schema =
  "{type: object, properties: {root: {$ref: '#/components/schemas/Node'}, pair: {$ref: '#/components/schemas/A'}}}";
const files = { oldFile: "old.yaml", newFile: "new.yaml" };

describe("cyclic $refs are compared without hanging", () => {
  it("finds nothing between a cyclic document and itself", () => {
    const doc = yamlDoc(docWithResponseSchema("3.0.3", schema, cyclic("")));
    expect(compareDocuments(doc, structuredClone(doc), files)).toEqual({
      bump: "none",
      changes: [],
    });
  });

  it("reports a change inside the cycle once, where the cycle is first entered", () => {
    const oldDoc = yamlDoc(docWithResponseSchema("3.0.3", schema, cyclic("")));
    const newDoc = yamlDoc(
      docWithResponseSchema("3.0.3", schema, cyclic("\n        weight: {type: number}")),
    );
    const result = compareDocuments(oldDoc, newDoc, files);
    expect(result.changes.map((change) => [change.kind, change.location])).toEqual([
      [
        "response-property-added",
        "responses/200/application/json/properties/root/properties/weight",
      ],
    ]);
    expect(result.bump).toBe("minor");
  });
});
