import { describe, expect, it } from "vitest";
import { compareDocuments } from "../src/diff/index.js";
import { SpecError } from "../src/openapi/load.js";
import { findUnresolvedRefs } from "../src/openapi/resolve-refs.js";
import { docWithResponseSchema, yamlDoc } from "./helpers-diff.js";

const good = yamlDoc(docWithResponseSchema("3.0.3", "{type: object}"));
const broken = yamlDoc(
  docWithResponseSchema(
    "3.0.3",
    "{type: object, properties: {owner: {$ref: '#/components/schemas/Owner'}}}",
  ),
);
const pointer =
  "/paths/~1things/get/responses/200/content/application~1json/schema/properties/owner/$ref";

describe("an unresolved $ref is an error naming file and pointer", () => {
  it("throws a SpecError from the comparison", () => {
    let caught: unknown;
    try {
      compareDocuments(good, broken, { oldFile: "old.yaml", newFile: "specs/x/new.yaml" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SpecError);
    const error = caught as SpecError;
    expect(error.file).toBe("specs/x/new.yaml");
    expect(error.pointer).toBe(pointer);
    expect(error.message).toContain('unresolved $ref "#/components/schemas/Owner"');
  });

  it("is listed by findUnresolvedRefs without throwing", () => {
    const errors = findUnresolvedRefs(broken, "new.yaml");
    expect(errors.map((error) => error.pointer)).toEqual([pointer]);
    expect(findUnresolvedRefs(good, "old.yaml")).toEqual([]);
  });
});
