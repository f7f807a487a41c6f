import { expect, it } from "vitest";
import { discriminateFamilyBases, discriminateUnions } from "../src/specs/adopt/fixes/common.js";
import { dig, docWith } from "./helpers-adopt.js";

const family = { base: "Pet", propertyName: "kind", members: { CAT: "Cat", DOG: "Dog" } };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function petDoc() {
  return docWith(
    {
      "/pets": {
        post: {
          requestBody: {
            content: { "application/json": { schema: { oneOf: [ref("Cat"), ref("Dog")] } } },
          },
          responses: {
            "200": {
              description: "OK",
              content: {
                "application/json": {
                  schema: { allOf: [ref("Envelope"), { oneOf: [ref("Cat")] }] },
                },
              },
            },
          },
        },
      },
    },
    {
      schemas: {
        Pet: { type: "object", properties: { kind: { type: "string", enum: ["CAT", "DOG"] } } },
        Cat: { allOf: [ref("Pet")] },
        Dog: { allOf: [ref("Pet")] },
        Other: { anyOf: [ref("Cat"), { type: "string" }] },
        Envelope: { type: "object" },
      },
    },
  );
}

it("untagged unions of one family get a discriminator with a mapping of the members present", () => {
  const doc = petDoc();
  const where = discriminateUnions([family]).apply(doc);
  const body = dig(
    doc.paths,
    "/pets",
    "post",
    "requestBody",
    "content",
    "application/json",
    "schema",
  );
  expect(dig(body, "discriminator")).toEqual({
    propertyName: "kind",
    mapping: { CAT: "#/components/schemas/Cat", DOG: "#/components/schemas/Dog" },
  });
  // A union mixing in a non-member, and one nested directly in allOf, stay untagged.
  expect(dig(doc.components, "schemas", "Other", "discriminator")).toBeUndefined();
  expect(where).toEqual(["/paths/~1pets/post/requestBody/content/application~1json/schema/oneOf"]);
});

it("the family base schema gets the discriminator so every member's field becomes a literal", () => {
  const doc = petDoc();
  expect(discriminateFamilyBases([family]).apply(doc)).toEqual(["/components/schemas/Pet"]);
  expect(dig(doc.components, "schemas", "Pet", "discriminator", "mapping")).toEqual({
    CAT: "#/components/schemas/Cat",
    DOG: "#/components/schemas/Dog",
  });
  expect(discriminateFamilyBases([family]).apply(doc)).toEqual([]);
});
