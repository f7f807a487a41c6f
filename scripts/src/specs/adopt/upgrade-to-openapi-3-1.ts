// Rewrites OpenAPI 3.0 idioms as their 3.1 equivalents without changing what any schema means.
import type { OpenApiDocument } from "../../openapi/load.js";
import { walkOpenApi } from "./walk-openapi.js";

/** The OpenAPI version every adopted document declares. */
export const OUTPUT_OPENAPI_VERSION = "3.1.0";

/** Converts a 3.0 document in place (nullable, boolean exclusive bounds, `$ref` siblings); 3.1 input only gets its version set. */
export function upgradeToOpenApi31(doc: OpenApiDocument): void {
  const from = String(doc.openapi ?? "");
  doc.openapi = OUTPUT_OPENAPI_VERSION;
  if (!from.startsWith("3.0.")) return;
  walkOpenApi(doc, {
    object(node, kind) {
      // In 3.0 every key beside `$ref` is ignored, so dropping them keeps the meaning in 3.1.
      if (typeof node.$ref === "string" && kind !== "pathItem") {
        for (const key of Object.keys(node)) if (key !== "$ref") delete node[key];
        return;
      }
      if (kind !== "schema") return;
      convertExclusiveBound(node, "exclusiveMinimum", "minimum");
      convertExclusiveBound(node, "exclusiveMaximum", "maximum");
      convertNullable(node);
    },
  });
}

/** 3.0 `exclusiveMinimum: true` + `minimum: n` becomes 3.1 `exclusiveMinimum: n`. */
function convertExclusiveBound(
  schema: Record<string, unknown>,
  flag: "exclusiveMinimum" | "exclusiveMaximum",
  bound: "minimum" | "maximum",
): void {
  if (typeof schema[flag] !== "boolean") return;
  if (schema[flag] === true && typeof schema[bound] === "number") {
    schema[flag] = schema[bound];
    delete schema[bound];
  } else {
    delete schema[flag];
  }
}

/** 3.0 `nullable: true` becomes a `"null"` member of `type` (or an `anyOf` with null when untyped). */
function convertNullable(schema: Record<string, unknown>): void {
  if (!("nullable" in schema)) return;
  const nullable = schema.nullable === true;
  delete schema.nullable;
  if (!nullable) return;
  if (typeof schema.type === "string") {
    schema.type = [schema.type, "null"];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
    return;
  }
  if (Array.isArray(schema.type)) {
    if (!schema.type.includes("null")) schema.type.push("null");
    return;
  }
  const rest = { ...schema };
  for (const key of Object.keys(schema)) delete schema[key];
  schema.anyOf = [rest, { type: "null" }];
}
