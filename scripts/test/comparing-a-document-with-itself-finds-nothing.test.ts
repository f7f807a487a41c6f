import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bumpFor, compareDocuments } from "../src/diff/index.js";
import { type OpenApiDocument, SpecError } from "../src/openapi/load.js";
import { findUnresolvedRefs } from "../src/openapi/resolve-refs.js";

const NAMES = ["Alpha", "Beta", "Gamma"] as const;

// Random schemas in both 3.0 and 3.1 spellings; refs may point anywhere, so cycles happen.
const { schema } = fc.letrec<{
  schema: unknown;
  leaf: unknown;
  object: unknown;
  composite: unknown;
}>((tie) => ({
  schema: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    tie("leaf"),
    tie("object"),
    tie("composite"),
  ),
  leaf: fc.oneof(
    fc.record(
      {
        type: fc.constantFrom(
          "string",
          "integer",
          "number",
          "boolean",
          ["string", "null"],
          ["integer", "string"],
        ),
        nullable: fc.boolean(),
        format: fc.constantFrom("int32", "int64", "date-time", "binary"),
        enum: fc.array(fc.constantFrom("a", "b", 1, null), { maxLength: 3 }),
        description: fc.string({ maxLength: 5 }),
        example: fc.string({ maxLength: 3 }),
        minimum: fc.integer({ min: -2, max: 2 }),
        exclusiveMinimum: fc.oneof(fc.boolean(), fc.integer({ min: -2, max: 2 })),
        deprecated: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom(...NAMES).map((name) => ({ $ref: `#/components/schemas/${name}` })),
  ),
  object: fc.record(
    {
      type: fc.constant("object"),
      properties: fc.dictionary(fc.constantFrom("id", "name", "kind", "child"), tie("schema"), {
        maxKeys: 3,
      }),
      required: fc.subarray(["id", "name", "kind", "child", "ghost"]),
      additionalProperties: fc.oneof(fc.boolean(), tie("schema")),
      readOnly: fc.boolean(),
    },
    { requiredKeys: ["type"] },
  ),
  composite: fc.oneof(
    fc.record({ type: fc.constant("array"), items: tie("schema") }),
    fc.record(
      { allOf: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }), nullable: fc.boolean() },
      { requiredKeys: ["allOf"] },
    ),
    fc.record({ oneOf: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }) }),
    fc.record({
      anyOf: fc.array(fc.oneof(tie("schema"), fc.constant({ type: "null" })), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
    fc.record({
      oneOf: fc.constant(NAMES.map((name) => ({ $ref: `#/components/schemas/${name}` }))),
      discriminator: fc.record({ propertyName: fc.constantFrom("kind", "type") }),
    }),
  ),
}));

const parameter = fc.record(
  {
    name: fc.constantFrom("limit", "id", "X-Trace"),
    in: fc.constantFrom("query", "path", "header"),
    required: fc.boolean(),
    deprecated: fc.boolean(),
    explode: fc.boolean(),
    schema,
  },
  { requiredKeys: ["name", "in", "schema"] },
);

const operation = fc.record(
  {
    operationId: fc.constantFrom("one", "two", "three"),
    deprecated: fc.boolean(),
    parameters: fc.array(parameter, { maxLength: 3 }),
    requestBody: fc.record({
      required: fc.boolean(),
      content: fc.dictionary(
        fc.constantFrom("application/json", "text/plain"),
        fc.record({ schema }),
        { maxKeys: 2 },
      ),
    }),
    responses: fc.dictionary(
      fc.constantFrom("200", "201", "2XX", "404", "default"),
      fc.record({
        description: fc.constant("r"),
        content: fc.dictionary(fc.constantFrom("application/json", "*/*"), fc.record({ schema }), {
          maxKeys: 2,
        }),
      }),
      { maxKeys: 3 },
    ),
    security: fc.array(
      fc.dictionary(fc.constantFrom("token", "key"), fc.constant([]), { maxKeys: 2 }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ["responses"] },
);

const documents: fc.Arbitrary<OpenApiDocument> = fc.record({
  openapi: fc.constantFrom("3.0.3", "3.1.0"),
  info: fc.record({ title: fc.constant("t"), version: fc.constantFrom("1", "2") }),
  paths: fc.dictionary(
    fc.constantFrom("/a", "/a/{id}", "/b"),
    fc.dictionary(fc.constantFrom("get", "post", "delete"), operation, { minKeys: 1, maxKeys: 2 }),
    { maxKeys: 3 },
  ),
  components: fc.record({
    schemas: fc.record({ Alpha: schema, Beta: schema, Gamma: schema }),
    securitySchemes: fc.constant({
      token: { type: "http", scheme: "bearer" },
      key: { type: "apiKey", in: "header", name: "X-Key" },
    }),
  }),
});

const files = { oldFile: "old.yaml", newFile: "new.yaml" };

describe("comparing a document with itself finds nothing", () => {
  it("gives bump none and no changes for any document compared with a copy of itself", () => {
    fc.assert(
      fc.property(documents, (doc) => {
        // A bare $ref loop (Alpha -> Alpha) is refused as invalid; every valid document compares equal.
        fc.pre(findUnresolvedRefs(doc, files.oldFile).length === 0);
        expect(compareDocuments(doc, structuredClone(doc), files)).toEqual({
          bump: "none",
          changes: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it("throws only SpecErrors naming file and pointer, and its verdict matches its changes", () => {
    fc.assert(
      fc.property(documents, documents, (a, b) => {
        let result: ReturnType<typeof compareDocuments>;
        try {
          result = compareDocuments(a, b, files);
        } catch (error) {
          expect(error).toBeInstanceOf(SpecError);
          expect((error as SpecError).message).toMatch(/^(old|new)\.yaml#\/components\/schemas\//);
          return;
        }
        expect(result.bump).toBe(bumpFor(result.changes));
        expect(new Set(result.changes.map((c) => c.severity)).size).toBeLessThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });
});
