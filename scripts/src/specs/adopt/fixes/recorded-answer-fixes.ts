// Fixes proven by recorded real answers: each names the files under ../shared/recorded/ that show it.
import { isObject, type OpenApiDocument } from "../../../openapi/load.js";
import { childPointer, resolveLocalRef } from "../json-pointer.js";
import { listOperations } from "../operations.js";
import type { SpecFix } from "../spec-fix.js";
import { componentSchema } from "./common.js";

/** What every evidence-backed fix states: its name, the facts, and the recorded files. */
export interface EvidenceFix {
  readonly name: string;
  readonly what: string;
  readonly why: string;
  readonly evidence: readonly string[];
}

const SCHEMAS = "/components/schemas";

/** Properties that real answers send as `null` accept null (a `$ref` to X becomes NullableX when that exists). */
export function allowNull(
  fix: EvidenceFix & { schema: string; properties: readonly string[] },
): SpecFix {
  return onProperties(fix, fix.schema, fix.properties, (doc, property) => nullable(doc, property));
}

/** Properties that some real answers leave out are no longer required. */
export function notRequired(
  fix: EvidenceFix & { schema: string; properties: readonly string[] },
): SpecFix {
  return {
    ...fix,
    apply(doc) {
      const schema = componentSchema(doc, fix.schema);
      const required = schema?.required;
      if (!schema || !Array.isArray(required)) return [];
      const kept = required.filter((p) => !fix.properties.includes(p as string));
      if (kept.length === required.length) return [];
      schema.required = kept;
      return fix.properties.map((p) => `${childPointer(SCHEMAS, fix.schema)}/required (${p})`);
    },
  };
}

/** Properties get the schema real answers show (a different type, or a field the vendor never declared). */
export function propertySchema(
  fix: EvidenceFix & { schema: string; properties: readonly string[]; to: Record<string, unknown> },
): SpecFix {
  return {
    ...fix,
    apply(doc) {
      const schema = componentSchema(doc, fix.schema);
      if (!schema) return [];
      const properties = isObject(schema.properties) ? schema.properties : {};
      const changed = fix.properties.filter(
        (p) => JSON.stringify(properties[p]) !== JSON.stringify(fix.to),
      );
      for (const p of changed) properties[p] = structuredClone(fix.to);
      schema.properties = properties;
      const base = childPointer(childPointer(SCHEMAS, fix.schema), "properties");
      return changed.map((p) => childPointer(base, p));
    },
  };
}

/** An operation declares a status real answers use, with the given response object. */
export function declareStatus(
  fix: EvidenceFix & {
    operationIds: readonly string[];
    status: string;
    /** The response object, or a function of the operation (e.g. to copy its 200). */
    response:
      | Record<string, unknown>
      | ((operation: { responses?: Record<string, object> }) => Record<string, unknown>);
  },
): SpecFix {
  return {
    ...fix,
    apply(doc) {
      const changed: string[] = [];
      for (const entry of listOperations(doc)) {
        if (!fix.operationIds.includes(entry.operation.operationId as string)) continue;
        const responses = isObject(entry.operation.responses) ? entry.operation.responses : {};
        if (fix.status in responses) continue;
        const response =
          typeof fix.response === "function"
            ? fix.response(entry.operation)
            : structuredClone(fix.response);
        entry.operation.responses = { ...responses, [fix.status]: response };
        changed.push(`${entry.method.toUpperCase()} ${entry.path} ${fix.status}`);
      }
      return changed;
    },
  };
}

/** The schema in place of a body object reached from the document root by `pointer` keys. */
export function replaceAt(
  fix: EvidenceFix & {
    keys: readonly string[];
    /** Returns the new schema, or undefined when the current one is already right (or gone). */
    edit: (
      current: Record<string, unknown>,
      doc: OpenApiDocument,
    ) => Record<string, unknown> | undefined;
  },
): SpecFix {
  return {
    ...fix,
    apply(doc) {
      const parent = resolveLocalRef(doc, `#${fix.keys.slice(0, -1).reduce(childPointer, "")}`);
      const key = fix.keys.at(-1) as string;
      if (!isObject(parent) || !isObject(parent[key])) return [];
      const next = fix.edit(parent[key], doc);
      if (!next) return [];
      parent[key] = next;
      return [fix.keys.reduce(childPointer, "")];
    },
  };
}

// Runs `edit` on each named property of a component schema; reports the ones it changed.
function onProperties(
  fix: EvidenceFix,
  name: string,
  properties: readonly string[],
  edit: (
    doc: OpenApiDocument,
    property: Record<string, unknown>,
  ) => Record<string, unknown> | undefined,
): SpecFix {
  return {
    ...fix,
    apply(doc) {
      const schema = componentSchema(doc, name);
      if (!schema || !isObject(schema.properties)) return [];
      const changed: string[] = [];
      for (const property of properties) {
        const current = schema.properties[property];
        if (!isObject(current)) continue;
        const next = edit(doc, current);
        if (!next) continue;
        schema.properties[property] = next;
        changed.push(
          childPointer(childPointer(childPointer(SCHEMAS, name), "properties"), property),
        );
      }
      return changed;
    },
  };
}

// The nullable form of a property schema; undefined when it already accepts null.
function nullable(
  doc: OpenApiDocument,
  schema: Record<string, unknown>,
): Record<string, unknown> | undefined {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.slice(schema.$ref.lastIndexOf("/") + 1);
    if (componentSchema(doc, `Nullable${name}`))
      return { $ref: `#/components/schemas/Nullable${name}` };
    return { anyOf: [schema, { type: "null" }] };
  }
  if (Array.isArray(schema.type)) {
    return schema.type.includes("null") ? undefined : { ...schema, type: [...schema.type, "null"] };
  }
  if (typeof schema.type === "string") return { ...schema, type: [schema.type, "null"] };
  if (Array.isArray(schema.anyOf) && schema.anyOf.some((s) => isObject(s) && s.type === "null"))
    return undefined;
  return { anyOf: [schema, { type: "null" }] };
}
