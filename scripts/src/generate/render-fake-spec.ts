// Renders `fake-spec.ts`: the schemas the fake-server kit samples answers from, without the prose.
import { isObject, type OpenApiDocument } from "../openapi/load.js";
import { SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_SINGLE } from "../specs/adopt/walk-openapi.js";
import type { KitOperationEntry } from "./collect-kit-operations.js";

// Keywords that only explain; the kit never reads them.
const prose = new Set([
  "description",
  "summary",
  "title",
  "externalDocs",
  "$comment",
  "deprecated",
  "xml",
]);
// Schema keywords as walk-openapi knows them: maps of named schemas, single schemas and lists.
const schemaMaps = new Set<string>(SCHEMA_MAPS);
const schemaValued = new Set<string>(SCHEMA_SINGLE);
const schemaLists = new Set<string>(SCHEMA_LISTS);

/** Renders the kit's spec table: `components.schemas` and, per operation, parameters, body and responses. */
export function renderFakeSpec(doc: OpenApiDocument, operations: KitOperationEntry[]): string {
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const lines = [
    'import type { KitSpec } from "@provider-clients/auth/testing";',
    "",
    "/** Schemas and per-operation parameters, body and responses, for the fake server (testing only). */",
    "export const fakeSpec: KitSpec = {",
    "  schemas: {",
  ];
  for (const [name, schema] of Object.entries(schemas)) {
    lines.push(`    ${JSON.stringify(name)}: ${JSON.stringify(strip(schema))},`);
  }
  lines.push("  },", "  operations: {");
  for (const op of operations) {
    const parameters = op.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      schema: strip(p.schema),
    }));
    const entry: Record<string, unknown> = { parameters };
    if (op.body) {
      const { required, contentTypes, schema } = op.body;
      entry.requestBody =
        schema === undefined
          ? { required, contentTypes }
          : { required, contentTypes, schema: strip(schema) };
    }
    entry.responses = Object.fromEntries(
      op.responses.map(([status, r]) => [
        status,
        r.schema === undefined ? r : { ...r, schema: strip(r.schema) },
      ]),
    );
    lines.push(`    ${op.operationId}: ${JSON.stringify(entry)},`);
  }
  lines.push("  },", "};", "");
  return lines.join("\n");
}

/** A schema without prose and vendor extensions, keeping property names that look like keywords. */
function strip(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strip);
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (prose.has(key) || key.startsWith("x-")) continue;
    if (schemaMaps.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, strip(s)]));
    } else if (schemaValued.has(key) || schemaLists.has(key)) {
      out[key] = strip(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}
