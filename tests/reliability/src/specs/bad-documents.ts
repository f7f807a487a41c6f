// The malformed OpenAPI documents the spec pipeline is fed, each with the error it must report.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";

/** A bad document on disk and what a clear error about it names. */
export interface BadDocument {
  /** Short name, also its folder name under specs/ where a tool reads specs/<name>/openapi.yaml. */
  name: string;
  /** Where the document is. */
  file: string;
  /** The JSON pointer (after `#`) the error must name; undefined when the problem is the whole file. */
  pointer: RegExp | undefined;
  /** What the message must say. */
  says: RegExp;
}

/** A small valid document around `paths` and `components`. */
function openapi(paths: unknown, components?: unknown): Record<string, unknown> {
  return {
    openapi: "3.0.3",
    info: { title: "Bad input", version: "1.0.0" },
    paths,
    ...(components === undefined ? {} : { components }),
  };
}

/** One operation answering 200 with `schema`. */
const readThings = (schema: unknown) => ({
  "/things": {
    get: {
      operationId: "listThings",
      security: [],
      responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
    },
  },
});

/** Random JSON values from fast-check (fixed seed, so the same ones each run). */
export function randomJsonDocuments(count: number, seed = 9): unknown[] {
  const arbitrary = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })),
    fc.record({ openapi: fc.jsonValue({ maxDepth: 1 }), info: fc.jsonValue({ maxDepth: 2 }) }),
  );
  return fc.sample(arbitrary, { numRuns: count, seed });
}

/** What a random JSON document's error must say: it is not OpenAPI 3 (or not an object at all). */
export const randomJsonSays =
  /not an object|expected OpenAPI 3\.0 or 3\.1|missing (info|paths)|not valid JSON|document is empty/;
/** Root-level problems name no pointer below the root; the rest name /openapi, /info or /paths. */
export const randomJsonPointer = /^\/(openapi|info|paths)$/;

/** Writes every bad document into `dir/<name>/openapi.yaml`; `megabytes` sizes the big one. */
export async function writeBadDocuments(
  dir: string,
  options: { randomCount: number; megabytes: number },
): Promise<BadDocument[]> {
  const docs: { name: string; text: string; pointer: RegExp | undefined; says: RegExp }[] = [];
  for (const [i, value] of randomJsonDocuments(options.randomCount).entries()) {
    docs.push({
      name: `random-${i + 1}`,
      text: JSON.stringify(value),
      pointer: undefined,
      says: randomJsonSays,
    });
  }
  docs.push({
    name: "cyclic-ref",
    text: JSON.stringify(
      openapi(readThings({ $ref: "#/components/schemas/A" }), {
        schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" } },
      }),
    ),
    pointer: /^\/(components\/schemas\/[AB]|paths\/~1things\/.*)/,
    says: /circular|cycl/i,
  });
  docs.push({
    name: "unresolved-ref",
    text: JSON.stringify(
      openapi(readThings({ $ref: "#/components/schemas/Missing" }), { schemas: {} }),
    ),
    pointer: /^\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema\/\$ref$/,
    says: /unresolved \$ref "#\/components\/schemas\/Missing"/,
  });
  docs.push({
    name: "swagger-1-2",
    text: JSON.stringify({
      swaggerVersion: "1.2",
      apiVersion: "1.0",
      basePath: "https://api.example.test",
      apis: [{ path: "/things", description: "things" }],
    }),
    pointer: /^\/openapi$/,
    says: /expected OpenAPI 3\.0 or 3\.1/,
  });
  docs.push({
    name: "fifty-megabytes",
    text: bigDocument(options.megabytes),
    pointer: /^\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema\/\$ref$/,
    says: /unresolved \$ref "#\/components\/schemas\/LostAtTheEnd"|exceeds the \d+-byte limit/,
  });
  const written: BadDocument[] = [];
  for (const doc of docs) {
    const file = path.join(dir, doc.name, "openapi.yaml");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, doc.text);
    written.push({ name: doc.name, file, pointer: doc.pointer, says: doc.says });
  }
  return written;
}

/**
 * A document of about `megabytes` MB: valid JSON, a bulky vendor extension, and one operation whose
 * schema $ref (written last) points nowhere, so a tool has to read all of it to find the problem.
 */
function bigDocument(megabytes: number): string {
  const entry = JSON.stringify({ name: "padding-entry", note: "x".repeat(80) });
  const count = Math.ceil((megabytes * 1024 * 1024) / (entry.length + 1));
  const bulk = `[${Array.from({ length: count }, () => entry).join(",")}]`;
  const head = JSON.stringify({ openapi: "3.0.3", info: { title: "Big", version: "1.0.0" } }).slice(
    0,
    -1,
  );
  const tail = JSON.stringify({
    paths: readThings({ $ref: "#/components/schemas/LostAtTheEnd" }),
  }).slice(1);
  return `${head},"x-bulk":${bulk},${tail}`;
}

/**
 * OpenAPI 3 headers around random `paths` and `components` (fixed seed): some are valid, some are
 * not, so a tool may answer either way, but it must never crash on them.
 */
export function randomOpenApiDocuments(count: number, seed = 21): Record<string, unknown>[] {
  const json = fc.jsonValue({ maxDepth: 3 });
  const schema = fc.oneof(
    json,
    fc.record(
      {
        type: fc.constantFrom("object", "array", "string", 3),
        properties: fc.dictionary(fc.string({ maxLength: 6 }), json, { maxKeys: 3 }),
        items: json,
        $ref: fc.constantFrom("#/components/schemas/S", "#/nowhere", "elsewhere.yaml#/x"),
      },
      { requiredKeys: [] },
    ),
  );
  const operation = fc.record(
    {
      operationId: fc.oneof(fc.string({ maxLength: 8 }), json),
      parameters: fc.oneof(
        json,
        fc.array(fc.record({ name: json, in: json, schema }), { maxLength: 3 }),
      ),
      requestBody: fc.oneof(
        json,
        fc.record({
          content: fc.dictionary(fc.constant("application/json"), fc.record({ schema })),
        }),
      ),
      responses: fc.oneof(
        json,
        fc.dictionary(
          fc.constantFrom("200", "404", "default"),
          fc.record({ description: json, content: json }),
        ),
      ),
      security: json,
    },
    { requiredKeys: [] },
  );
  const pathItem = fc.dictionary(
    fc.constantFrom("get", "post", "parameters", "summary"),
    fc.oneof(operation, json),
  );
  const arbitrary = fc.record({
    paths: fc.dictionary(fc.constantFrom("/a", "/b/{id}", "/c"), fc.oneof(pathItem, json), {
      maxKeys: 3,
    }),
    components: fc.oneof(
      json,
      fc.record({ schemas: fc.dictionary(fc.constantFrom("S", "T"), schema) }),
    ),
  });
  return fc
    .sample(arbitrary, { numRuns: count, seed })
    .map((parts) => openapi(parts.paths, parts.components));
}
