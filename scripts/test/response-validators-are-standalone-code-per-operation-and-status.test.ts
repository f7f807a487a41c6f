import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { collectOperations } from "../src/generate/render-operations.js";
import { renderValidators } from "../src/generate/render-validators.js";
import type { OpenApiDocument } from "../src/openapi/load.js";

// A small 3.1 document: a shared response, a nullable field, a 4XX range, a body-less 204.
function spec(itemSchema: Record<string, unknown> = {}): OpenApiDocument {
  const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
  const problem = { $ref: "#/components/responses/Problem" };
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/items/{id}": {
        get: {
          operationId: "getItem",
          responses: {
            "200": json({ $ref: "#/components/schemas/Item" }),
            "4XX": problem,
          },
        },
        delete: { operationId: "deleteItem", responses: { "204": {}, default: problem } },
      },
    },
    components: {
      responses: { Problem: json({ $ref: "#/components/schemas/Problem" }) },
      schemas: {
        Item: {
          type: "object",
          required: ["id"],
          properties: { id: { type: "integer" }, note: { type: ["string", "null"], maxLength: 5 } },
          ...itemSchema,
        },
        Problem: { type: "object", properties: { message: { type: "string" } } },
      },
    },
  };
}

/** Writes the rendered module (types stripped by hand: it only has one annotation) and imports it. */
async function load(code: string): Promise<Record<string, Record<string, unknown>>> {
  const dir = await mkdtemp(path.join(tmpdir(), "validators-"));
  try {
    const js = code
      .replace(/^import type .*$/m, "")
      .replace("responseValidators: ResponseValidators =", "responseValidators =");
    const file = path.join(dir, "validators.mjs");
    await writeFile(file, js);
    const module = (await import(pathToFileURL(file).href)) as {
      responseValidators: Record<string, Record<string, unknown>>;
    };
    return module.responseValidators;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("renderValidators", () => {
  it("emits one function per operation and status, shared where the response is shared, with no ajv import", async () => {
    const doc = spec();
    const code = renderValidators(doc, "spec.yaml", collectOperations(doc, "spec.yaml"));
    expect(code).not.toMatch(/require\(|from "ajv/);
    const table = await load(code);
    expect(Object.keys(table).sort()).toEqual(["deleteItem", "getItem"]);
    expect(Object.keys(table.getItem!)).toEqual(["200", "4XX"]);
    expect(table.deleteItem!["204"]).toBeNull();
    expect(table.deleteItem!.default).toBe(table.getItem!["4XX"]);
    const validate = table.getItem!["200"] as ((data: unknown) => boolean) & { errors?: unknown[] };
    expect(validate({ id: 1, note: null })).toBe(true);
    expect(validate({ id: "1", note: "too long" })).toBe(false);
    expect(validate.errors).toEqual([
      expect.objectContaining({ instancePath: "/id", keyword: "type" }),
      expect.objectContaining({ instancePath: "/note", keyword: "maxLength" }),
    ]);
  });

  it("inlines a small deep equality where uniqueItems would need ajv's runtime equal", async () => {
    const doc = spec({
      properties: {
        id: { type: "integer" },
        tags: { type: "array", uniqueItems: true, items: { type: "object" } },
      },
    });
    const code = renderValidators(
      doc,
      "specs/x/openapi.yaml",
      collectOperations(doc, "specs/x/openapi.yaml"),
    );
    expect(code).not.toMatch(/require\(|from "ajv/);
    const validate = (await load(code)).getItem!["200"] as (data: unknown) => boolean;
    expect(validate({ id: 1, tags: [{ a: 1 }, { a: 2 }] })).toBe(true);
    expect(validate({ id: 1, tags: [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }] })).toBe(false);
  });
});
