import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, it } from "vitest";
import { pinMemberTags } from "../src/specs/adopt/fixes/common.js";
import { dig, docWith } from "./helpers-adopt.js";

const family = { base: "Pet", propertyName: "kind", members: { CAT: "Cat", DOG: "Dog" } };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

// Members extend the base with allOf like Dynu's records; Dog has no inline part of its own.
function petDoc() {
  return docWith(
    {},
    {
      schemas: {
        Pet: { type: "object", properties: { kind: { type: "string", enum: ["CAT", "DOG"] } } },
        Cat: {
          allOf: [ref("Pet"), { type: "object", properties: { purrs: { type: "boolean" } } }],
        },
        Dog: { allOf: [ref("Pet")] },
        Pets: { oneOf: [ref("Cat"), ref("Dog")] },
      },
    },
  );
}

// Validates `body` against the `Pets` union the way the spec validator does (ajv 2020, strict off).
function matchesUnion(doc: ReturnType<typeof petDoc>, body: unknown): boolean {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  ajv.addSchema({ ...doc, $id: "spec" });
  const validate = ajv.getSchema("spec#/components/schemas/Pets");
  if (!validate) throw new Error("cannot compile the union");
  return validate(body) === true;
}

it("a body matches every member of an untagged oneOf until each member pins its type value", () => {
  const doc = petDoc();
  expect(matchesUnion(doc, { kind: "CAT", purrs: true })).toBe(false);

  expect(pinMemberTags([family]).apply(doc)).toEqual([
    "/components/schemas/Cat",
    "/components/schemas/Dog",
  ]);
  expect(dig(doc.components, "schemas", "Cat", "allOf", 1, "properties")).toEqual({
    purrs: { type: "boolean" },
    kind: { type: "string", const: "CAT" },
  });
  // A member without an inline part gets one after its base reference.
  expect(dig(doc.components, "schemas", "Dog", "allOf", 1)).toEqual({
    type: "object",
    properties: { kind: { type: "string", const: "DOG" } },
  });

  expect(matchesUnion(doc, { kind: "CAT", purrs: true })).toBe(true);
  expect(matchesUnion(doc, { kind: "DOG" })).toBe(true);
  expect(matchesUnion(doc, { kind: "BIRD" })).toBe(false);
  // Running again changes nothing, so re-adoption is stable.
  expect(pinMemberTags([family]).apply(doc)).toEqual([]);
});
