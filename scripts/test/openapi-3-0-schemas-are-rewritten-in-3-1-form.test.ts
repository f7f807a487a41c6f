import { expect, it } from "vitest";
import type { OpenApiDocument } from "../src/openapi/load.js";
import { upgradeToOpenApi31 } from "../src/specs/adopt/index.js";
import { dig } from "./helpers-adopt.js";

function schemaDoc(schemas: Record<string, unknown>, openapi = "3.0.1"): OpenApiDocument {
  return { openapi, info: { version: "1" }, paths: {}, components: { schemas } };
}

it("OpenAPI 3.0 nullable, boolean exclusive bounds and $ref siblings are rewritten in 3.1 form", () => {
  const doc = schemaDoc({
    Name: { type: "string", nullable: true },
    Mode: { type: "string", enum: ["a", "b"], nullable: true },
    Loose: { allOf: [{ $ref: "#/components/schemas/Name" }], nullable: true },
    Plain: { type: "integer", nullable: false, minimum: 0, exclusiveMinimum: false },
    Limit: {
      type: "integer",
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 10,
      exclusiveMaximum: true,
    },
    Ref: { $ref: "#/components/schemas/Name", type: "object", nullable: true },
    "nullable-name": { type: "object", properties: { nullable: { type: "boolean" } } },
  });
  upgradeToOpenApi31(doc);
  expect(doc.openapi).toBe("3.1.0");
  expect(dig(doc.components, "schemas")).toEqual({
    Name: { type: ["string", "null"] },
    Mode: { type: ["string", "null"], enum: ["a", "b", null] },
    Loose: { anyOf: [{ allOf: [{ $ref: "#/components/schemas/Name" }] }, { type: "null" }] },
    Plain: { type: "integer", minimum: 0 },
    Limit: { type: "integer", exclusiveMinimum: 0, exclusiveMaximum: 10 },
    Ref: { $ref: "#/components/schemas/Name" },
    "nullable-name": { type: "object", properties: { nullable: { type: "boolean" } } },
  });
});

it("a 3.1 document only gets its version set; its $ref siblings keep their meaning", () => {
  const doc = schemaDoc(
    { A: { $ref: "#/components/schemas/B", description: "kept" }, B: { type: ["string", "null"] } },
    "3.1.1",
  );
  upgradeToOpenApi31(doc);
  expect(doc.openapi).toBe("3.1.0");
  expect(dig(doc.components, "schemas", "A")).toEqual({
    $ref: "#/components/schemas/B",
    description: "kept",
  });
});
