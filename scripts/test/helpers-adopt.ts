// Tiny vendor documents and prose for the adopt tests, built fresh per test so edits never leak.
import type { OpenApiDocument } from "../src/openapi/load.js";
import type { ProseOverlay } from "../src/specs/adopt/index.js";

/** Prose that names nothing in particular; enough for adopt to run. */
export function minimalProse(overrides: Partial<ProseOverlay> = {}): ProseOverlay {
  return {
    info: { title: "Our title", description: "Our description." },
    servers: {},
    securitySchemes: {},
    tags: {},
    operations: {},
    schemas: {},
    ...overrides,
  };
}

/** A small 3.0 vendor document full of vendor prose, samples and extensions. */
export function proseHeavyVendorDoc(): OpenApiDocument {
  return {
    openapi: "3.0.1",
    info: {
      title: "Vendor API",
      description: "Vendor words.",
      version: "9.9",
      contact: { name: "x" },
    },
    externalDocs: { url: "https://vendor.example/docs", description: "Vendor docs" },
    "x-vendor-top": true,
    servers: [{ url: "https://api.vendor.example", description: "Vendor server words" }],
    tags: [{ name: "things", description: "Vendor tag words", externalDocs: { url: "https://x" } }],
    paths: {
      "/things/{id}": {
        get: {
          operationId: "getThing",
          summary: "Vendor summary",
          description: "Vendor operation words",
          tags: ["things"],
          "x-vendor-op": { internal: 1 },
          parameters: [
            {
              name: "id",
              in: "path",
              required: true,
              description: "Vendor parameter words",
              example: "abc",
              schema: { type: "string", example: "abc" },
            },
          ],
          responses: {
            "200": {
              description: "Vendor response words",
              content: {
                "application/json": {
                  example: { description: "sample" },
                  examples: { one: { summary: "s", value: { description: "v" } } },
                  schema: { $ref: "#/components/schemas/Thing" },
                },
              },
            },
          },
        },
      },
    },
    components: {
      examples: { Sample: { value: { a: 1 } } },
      schemas: {
        Thing: {
          type: "object",
          title: "Vendor title",
          description: "Vendor schema words",
          required: ["description", "summary"],
          example: { description: "d", summary: "s" },
          "x-vendor-schema": "y",
          properties: {
            description: { type: "string", description: "Vendor field words" },
            summary: { type: "string", nullable: true },
            example: { type: "integer", format: "int32", example: 3 },
            "x-field": { type: "boolean" },
          },
        },
      },
    },
  };
}

/** A minimal valid 3.1 document with the given paths (and components). */
export function docWith(
  paths: Record<string, unknown>,
  components: Record<string, unknown> = {},
): OpenApiDocument {
  return { openapi: "3.1.0", info: { version: "1" }, paths, components };
}

/** Reads a nested value by keys (object keys or array indexes); undefined when any step is missing. */
export function dig(root: unknown, ...keys: (string | number)[]): unknown {
  let node: unknown = root;
  for (const key of keys) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
