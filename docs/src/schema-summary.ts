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

/** How a summary writes component names and the text around them (plain, or HTML with links). */
export interface SummaryFormat {
  name(name: string): string;
  text(text: string): string;
}

/** Plain text, names as they are. */
export const plainText: SummaryFormat = { name: (name) => name, text: (text) => text };

/** Summarises a schema in one line, naming components instead of expanding them. */
export function summarize(schema: Schema | undefined, depth = 0, format = plainText): string {
  const t = format.text;
  if (schema === undefined) return t("unknown");
  const name = schemaName(schema);
  if (name !== undefined) return format.name(name);
  if (typeof schema.$ref === "string") return t(schema.$ref);
  const nullable = schema.nullable === true ? t(" | null") : "";
  const part = (member: unknown) => {
    const text = summarize(member as Schema, depth, format);
    return isCompound(member as Schema) ? `${t("(")}${text}${t(")")}` : text;
  };
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((value) => t(JSON.stringify(value))).join(t(" | ")) + nullable;
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const members = schema[key];
    if (Array.isArray(members)) return members.map(part).join(t(" | "));
  }
  if (Array.isArray(schema.allOf)) return schema.allOf.map(part).join(t(" & "));
  if (Array.isArray(schema.type)) {
    return schema.type.map((type) => summarize({ ...schema, type }, depth, format)).join(t(" | "));
  }
  const type = schema.type;
  if (type === "array") return `${part(schema.items)}${t("[]")}${nullable}`;
  if (type === "object" || schema.properties !== undefined) {
    const keys = Object.keys((schema.properties ?? {}) as object);
    if (keys.length === 0) return t("object") + nullable;
    const shown = depth > 0 && keys.length > 4 ? [...keys.slice(0, 4), "…"] : keys;
    return t(`{ ${shown.join(", ")} }`) + nullable;
  }
  if (type === "integer") {
    return t(`number (integer${schema.format ? `, ${String(schema.format)}` : ""})`) + nullable;
  }
  if (type === "string" && schema.format === "binary") return t("Blob") + nullable;
  if (typeof type === "string") {
    return t(`${type}${schema.format ? ` (${String(schema.format)})` : ""}`) + nullable;
  }
  return t("unknown");
}

// Unions and intersections get parentheses inside arrays and other unions.
function isCompound(schema: Schema | undefined): boolean {
  if (schema === undefined || schemaName(schema) !== undefined) return false;
  if (schema.nullable === true) return true;
  if (Array.isArray(schema.enum)) return schema.enum.length > 1;
  return ["oneOf", "anyOf", "allOf"].some((key) => {
    const members = schema[key];
    return Array.isArray(members) && members.length > 1;
  });
}
