// Renders `request-validators.ts`: ajv standalone checks of each operation's parameters and body, for the fake-server kit.
import { isObject, type OpenApiDocument } from "../openapi/load.js";
import type { KitOperationEntry } from "./collect-kit-operations.js";
import { isFormMediaType } from "./collect-kit-operations.js";
import { standaloneAjv, standaloneCode } from "./render-validators.js";

const locations = ["path", "query", "header"] as const;

/** Renders the validators: parameters coerced from strings (as they arrive), JSON bodies as they are. */
export function renderRequestValidators(
  doc: OpenApiDocument,
  file: string,
  operations: KitOperationEntry[],
): string {
  // Two ajv instances, because coercion is right for strings off the wire and wrong for JSON bodies.
  const requestDoc = withoutReadOnlyRequired(doc);
  // Test-only code (the fakes): ajv's optimiser would cost about a fifth of codegen for bytes no user ships.
  const coercing = standaloneAjv(requestDoc, { coerceTypes: "array", optimize: false });
  const plain = standaloneAjv(requestDoc, { optimize: false });
  const coercedRefs: Record<string, string> = {};
  const plainRefs: Record<string, string> = {};
  const table: string[] = [];
  for (const op of operations) {
    const fields: string[] = [];
    const params = op.parameters.filter((p) => p.in !== "cookie");
    if (params.length > 0) {
      const id = `params_${op.operationId}`;
      coercing.addSchema(parametersSchema(params), id);
      coercedRefs[`p_${op.operationId}`] = id;
      fields.push(`parameters: coerced.p_${op.operationId}`);
    }
    const body = op.body;
    if (body?.pointer !== undefined && body.media !== undefined) {
      const form = isFormMediaType(body.media);
      (form ? coercedRefs : plainRefs)[`b_${op.operationId}`] = `spec#${encodeURI(body.pointer)}`;
      fields.push(`body: ${form ? "coerced" : "plain"}.b_${op.operationId}`);
    }
    if (fields.length > 0) table.push(`  ${op.operationId}: { ${fields.join(", ")} },`);
  }
  return [
    "// @ts-nocheck: ajv standalone output, checked by ajv's own tests; only the table below is typed.",
    'import type { RequestValidators } from "@provider-clients/auth/testing";',
    "",
    `const coerced = ${scoped(standaloneCode(coercing, coercedRefs, file), coercedRefs)};`,
    "",
    `const plain = ${scoped(standaloneCode(plain, plainRefs, file), plainRefs)};`,
    "",
    "/** Request validators by operationId: parameters as `{ path, query, header }`, and the body. */",
    "export const requestValidators: RequestValidators = {",
    ...table,
    "};",
    "",
  ].join("\n");
}

/** `{ path: {...}, query: {...}, header: {...} }` with each parameter's schema referenced in place. */
function parametersSchema(params: KitOperationEntry["parameters"]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const location of locations) {
    const here = params.filter((p) => p.in === location);
    if (here.length === 0) continue;
    properties[location] = {
      type: "object",
      properties: Object.fromEntries(
        here.map((p) => [p.name, { $ref: `spec#${encodeURI(p.pointer)}` }]),
      ),
      required: here.filter((p) => p.required).map((p) => p.name),
    };
  }
  return { type: "object", properties };
}

/** Wraps one standalone module in a function scope so two can share a file; returns its exports. */
function scoped(code: string, refs: Record<string, string>): string {
  const names = Object.keys(refs);
  if (names.length === 0) return "{}";
  const body = code.replace(/^"use strict";/, "").replace(/export const (\w+) = /g, "const $1 = ");
  return `(() => {${body}\nreturn { ${names.join(", ")} };\n})()`;
}

/** A copy of the document where `readOnly` properties are never required: requests don't send them (OpenAPI 3.1 4.8.24). */
function withoutReadOnlyRequired(doc: OpenApiDocument): OpenApiDocument {
  const schemas =
    (doc.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {};
  const isReadOnly = (schema: unknown): boolean => {
    if (!isObject(schema)) return false;
    if (schema.readOnly === true) return true;
    const name =
      typeof schema.$ref === "string"
        ? /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref)?.[1]
        : undefined;
    return name !== undefined && isObject(schemas[name]) && schemas[name].readOnly === true;
  };
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = copy(child);
    if (Array.isArray(out.required) && isObject(out.properties)) {
      const properties = out.properties;
      out.required = out.required.filter((name) => !isReadOnly(properties[name as string]));
    }
    return out;
  };
  return copy(doc) as OpenApiDocument;
}
