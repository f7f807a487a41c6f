// A schema as a short TypeScript-like type: `DNS.domain`, `string[]`, `"A" | "AAAA"`, `{ id, name }`.
import type { Schema } from "./operation-model.js";

const schemaRef = /^#\/components\/schemas\/(.+)$/;

/** The component name a schema refers to, if it is a bare `$ref` to `#/components/schemas/<name>`. */
export function schemaName(schema: Schema | undefined): string | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== "string") return undefined;
  const match = schemaRef.exec(ref);
  return match ? decodeURIComponent(match[1]!).replace(/~1/g, "/").replace(/~0/g, "~") : undefined;
}

/** Summarises a schema in one line, naming components instead of expanding them. */
export function summarize(schema: Schema | undefined, depth = 0): string {
  if (schema === undefined) return "unknown";
  const name = schemaName(schema);
  if (name !== undefined) return name;
  if (typeof schema.$ref === "string") return schema.$ref;
  const nullable = schema.nullable === true ? " | null" : "";
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((value) => JSON.stringify(value)).join(" | ") + nullable;
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const members = schema[key];
    if (Array.isArray(members)) {
      return members.map((m) => wrap(summarize(m as Schema, depth))).join(" | ");
    }
  }
  if (Array.isArray(schema.allOf)) {
    return schema.allOf.map((m) => wrap(summarize(m as Schema, depth))).join(" & ");
  }
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type;
  if (type === "array") return `${wrap(summarize(schema.items as Schema, depth))}[]${nullable}`;
  if (type === "object" || schema.properties !== undefined) {
    const keys = Object.keys((schema.properties ?? {}) as object);
    if (keys.length === 0) return `object${nullable}`;
    if (depth > 0)
      return `{ ${keys.slice(0, 4).join(", ")}${keys.length > 4 ? ", …" : ""} }${nullable}`;
    return `{ ${keys.join(", ")} }${nullable}`;
  }
  if (type === "integer")
    return `number (integer${schema.format ? `, ${schema.format}` : ""})${nullable}`;
  if (type === "string" && schema.format === "binary") return `Blob${nullable}`;
  if (typeof type === "string") {
    return `${type}${schema.format ? ` (${String(schema.format)})` : ""}${nullable}`;
  }
  return "unknown";
}

function wrap(text: string): string {
  return /[|&]/.test(text) ? `(${text})` : text;
}
