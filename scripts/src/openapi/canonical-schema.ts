// Reduces an OpenAPI 3.0 or 3.1 schema to one meaning-based shape, so the two versions compare equal.
import { isObject } from "./load.js";
import { joinPointer, type RefResolver } from "./resolve-refs.js";

/** JSON Schema value types other than null (null is carried by `nullable`). */
export type JsonType = "string" | "number" | "integer" | "boolean" | "object" | "array";

/** A raw, not yet canonical sub-schema and where it lives in its document. */
export interface SchemaAt {
  schema: unknown;
  pointer: string;
  /** Set for one property defined by several allOf members: all of them must hold. */
  parts?: SchemaAt[];
}

/** Descriptive text only: changes here never alter what a client sends or receives. */
export interface SchemaDocs {
  title?: string;
  description?: string;
  examples: unknown[];
}

/** One schema with refs, allOf, null unions and version quirks folded away; children stay raw. */
export interface CanonicalSchema {
  /** Where the schema's own keywords live (after following `$ref`); the cycle-guard identity. */
  pointer: string;
  /** Allowed non-null types; `undefined` means any type. */
  types?: JsonType[];
  nullable: boolean;
  format?: string;
  /** Allowed values without null; `undefined` means no enum. */
  enum?: unknown[];
  properties: Map<string, SchemaAt>;
  required: Set<string>;
  /** `false` when extra properties are forbidden; `undefined` when any are allowed. */
  additionalProperties?: SchemaAt | false;
  items?: SchemaAt;
  union?: { kind: "oneOf" | "anyOf"; members: SchemaAt[] };
  discriminator?: { propertyName: string; mapping: Map<string, string> };
  /** Validation keywords with 3.0 boolean exclusive bounds turned into 3.1 numbers. */
  constraints: Map<string, unknown>;
  deprecated: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  default?: unknown;
  docs: SchemaDocs;
}

const JSON_TYPES = new Set<string>(["string", "number", "integer", "boolean", "object", "array"]);
const CONSTRAINT_KEYS = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
] as const;
// Keywords that only describe; a `$ref` with nothing but these beside it is just the target.
const DESCRIPTIVE_KEYS = new Set(["description", "summary", "title", "example", "examples"]);

/** Canonicalises the schema at `at`; `expanding` holds refs being inlined, to stop allOf cycles. */
export function canonicalSchema(
  at: SchemaAt,
  resolver: RefResolver,
  expanding: ReadonlySet<string> = new Set(),
): CanonicalSchema {
  if (at.parts) {
    const members = at.parts.map((part) => canonicalSchema(part, resolver, expanding));
    return mergeSchemas(emptySchema(at.pointer), members);
  }
  const raw = at.schema;
  if (raw === false) return { ...emptySchema(at.pointer), types: [] };
  if (!isObject(raw)) return emptySchema(at.pointer);
  if (typeof raw.$ref === "string") return canonicalRef(raw, at.pointer, resolver, expanding);

  const own = ownKeywords(raw, at.pointer);
  const members: CanonicalSchema[] = [];
  const allOf = Array.isArray(raw.allOf) ? raw.allOf : [];
  allOf.forEach((member, index) => {
    members.push(canonicalSchema(child(member, at.pointer, "allOf", index), resolver, expanding));
  });
  for (const kind of ["oneOf", "anyOf"] as const) {
    const list = raw[kind];
    if (!Array.isArray(list)) continue;
    const real: SchemaAt[] = [];
    list.forEach((member, index) => {
      const entry = child(member, at.pointer, kind, index);
      if (isNullOnly(canonicalSchema(entry, resolver, expanding))) own.nullable = true;
      else real.push(entry);
    });
    // A union of one real member (besides null) is that member.
    if (real.length === 1) members.push(canonicalSchema(real[0]!, resolver, expanding));
    else if (real.length > 1 && !own.union) own.union = { kind, members: real };
    else if (real.length > 1)
      members.push(
        canonicalSchema({ schema: { [kind]: list }, pointer: at.pointer }, resolver, expanding),
      );
  }
  return members.length === 0 ? own : mergeSchemas(own, members);
}

/** True for a schema that admits only null (`type: "null"`, `enum: [null]`). */
function isNullOnly(schema: CanonicalSchema): boolean {
  return schema.nullable && schema.types !== undefined && schema.types.length === 0;
}

/** Normalises `example` / `examples` (array or map of Example Objects) into one list of values. */
export function collectExamples(node: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  if (node.example !== undefined) out.push(node.example);
  const examples = node.examples;
  if (Array.isArray(examples)) out.push(...examples);
  else if (isObject(examples)) {
    for (const entry of Object.values(examples)) {
      out.push(isObject(entry) && "value" in entry ? entry.value : entry);
    }
  }
  return out;
}

function canonicalRef(
  raw: Record<string, unknown>,
  pointer: string,
  resolver: RefResolver,
  expanding: ReadonlySet<string>,
): CanonicalSchema {
  const ref = raw.$ref as string;
  if (expanding.has(ref)) return emptySchema(pointer);
  const target = resolver.lookup(ref, joinPointer(pointer, "$ref"));
  const inner = new Set(expanding).add(ref);
  const base = canonicalSchema({ schema: target.value, pointer: target.pointer }, resolver, inner);
  const siblings = Object.keys(raw).filter((key) => key !== "$ref");
  if (siblings.length === 0) return base;
  const { $ref: _ignored, ...rest } = raw;
  const outer = canonicalSchema({ schema: rest, pointer }, resolver, inner);
  const merged = mergeSchemas(outer, [base]);
  // Descriptions beside a $ref do not change the target's identity for cycle guarding.
  if (siblings.every((key) => DESCRIPTIVE_KEYS.has(key))) merged.pointer = base.pointer;
  return merged;
}

function ownKeywords(raw: Record<string, unknown>, pointer: string): CanonicalSchema {
  const schema = emptySchema(pointer);
  const declared = Array.isArray(raw.type)
    ? raw.type
    : raw.type === undefined
      ? undefined
      : [raw.type];
  if (declared) {
    schema.types = [...new Set(declared.filter((t): t is JsonType => JSON_TYPES.has(String(t))))];
    if (declared.includes("null")) schema.nullable = true;
  }
  if (raw.nullable === true) schema.nullable = true;
  const values = Array.isArray(raw.enum) ? raw.enum : "const" in raw ? [raw.const] : undefined;
  if (values) {
    if (values.includes(null)) schema.nullable = true;
    schema.enum = values.filter((value) => value !== null);
    if (schema.enum.length === 0 && !declared) schema.types = [];
  }
  if (typeof raw.format === "string") schema.format = raw.format;
  if (isObject(raw.properties)) {
    for (const [name, value] of Object.entries(raw.properties)) {
      schema.properties.set(name, child(value, pointer, "properties", name));
    }
  }
  if (Array.isArray(raw.required)) {
    for (const name of raw.required) if (typeof name === "string") schema.required.add(name);
  }
  if (raw.additionalProperties === false) schema.additionalProperties = false;
  else if (isObject(raw.additionalProperties) && Object.keys(raw.additionalProperties).length > 0) {
    schema.additionalProperties = child(raw.additionalProperties, pointer, "additionalProperties");
  }
  if (isObject(raw.items)) schema.items = child(raw.items, pointer, "items");
  if (schema.types === undefined) schema.types = inferTypes(raw);
  readDiscriminator(raw, schema);
  readConstraints(raw, schema);
  schema.deprecated = raw.deprecated === true;
  schema.readOnly = raw.readOnly === true;
  schema.writeOnly = raw.writeOnly === true;
  if ("default" in raw) schema.default = raw.default;
  schema.docs = {
    ...(typeof raw.title === "string" ? { title: raw.title } : {}),
    ...(typeof raw.description === "string" ? { description: raw.description } : {}),
    examples: collectExamples(raw),
  };
  return schema;
}

// 3.0 documents often leave out `type` where the keywords make it obvious.
function inferTypes(raw: Record<string, unknown>): JsonType[] | undefined {
  if (raw.properties !== undefined || raw.additionalProperties !== undefined) return ["object"];
  if (raw.items !== undefined) return ["array"];
  return undefined;
}

function readDiscriminator(raw: Record<string, unknown>, schema: CanonicalSchema): void {
  const discriminator = raw.discriminator;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== "string") return;
  const mapping = new Map<string, string>();
  if (isObject(discriminator.mapping)) {
    for (const [key, value] of Object.entries(discriminator.mapping)) {
      if (typeof value === "string") mapping.set(key, value);
    }
  }
  schema.discriminator = { propertyName: discriminator.propertyName, mapping };
}

function readConstraints(raw: Record<string, unknown>, schema: CanonicalSchema): void {
  for (const key of CONSTRAINT_KEYS) {
    const value = raw[key];
    if (value === undefined || typeof value === "boolean") continue;
    schema.constraints.set(key, value);
  }
  if (raw.uniqueItems === true) schema.constraints.set("uniqueItems", true);
  // 3.0: `exclusiveMinimum: true` turns `minimum` into the 3.1 numeric `exclusiveMinimum`.
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (raw[flag] === true && typeof raw[bound] === "number") {
      schema.constraints.delete(bound);
      schema.constraints.set(flag, raw[bound]);
    }
  }
}

/** Folds allOf members into `own`: types and enums intersect, properties and required unite. */
function mergeSchemas(own: CanonicalSchema, members: CanonicalSchema[]): CanonicalSchema {
  const merged: CanonicalSchema = {
    ...own,
    properties: new Map(),
    required: new Set(own.required),
    constraints: new Map(),
    nullable: own.nullable || members.every((member) => member.nullable),
    docs: own.docs,
  };
  for (const part of [...members, own]) {
    merged.types = intersectTypes(merged.types, part.types);
    if (part.enum) merged.enum = merged.enum ? intersectValues(merged.enum, part.enum) : part.enum;
    for (const [name, at] of part.properties) {
      const existing = merged.properties.get(name);
      merged.properties.set(name, existing ? combine(existing, at) : at);
    }
    for (const name of part.required) merged.required.add(name);
    for (const [key, value] of part.constraints) merged.constraints.set(key, value);
    if (part.items) merged.items = merged.items ? combine(merged.items, part.items) : part.items;
    merged.deprecated ||= part.deprecated;
    merged.readOnly ||= part.readOnly;
    merged.writeOnly ||= part.writeOnly;
  }
  const first = <K extends keyof CanonicalSchema>(key: K): CanonicalSchema[K] | undefined =>
    own[key] ?? members.find((member) => member[key] !== undefined)?.[key];
  merged.format = first("format");
  merged.union = first("union");
  merged.discriminator = first("discriminator");
  merged.default = first("default");
  for (const key of ["format", "union", "discriminator", "default"] as const) {
    if (merged[key] === undefined) delete merged[key];
  }
  merged.additionalProperties = [own, ...members].some((p) => p.additionalProperties === false)
    ? false
    : first("additionalProperties");
  const described = [own, ...members].find((p) => p.docs.description !== undefined);
  if (own.docs.description === undefined && described) merged.docs = described.docs;
  if (merged.types === undefined) delete merged.types;
  return merged;
}

function intersectTypes(a?: JsonType[], b?: JsonType[]): JsonType[] | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const out = new Set<JsonType>();
  for (const type of a) {
    if (b.includes(type) || (type === "integer" && b.includes("number"))) out.add(type);
    else if (type === "number" && b.includes("integer")) out.add("integer");
  }
  return [...out];
}

function intersectValues(a: unknown[], b: unknown[]): unknown[] {
  const keys = new Set(b.map((value) => JSON.stringify(value)));
  return a.filter((value) => keys.has(JSON.stringify(value)));
}

// Two definitions of one property (from different allOf members) must both hold. The parts keep
// their own pointers, so the combination's identity is finite and cycle guards still work.
function combine(a: SchemaAt, b: SchemaAt): SchemaAt {
  const parts = new Map<string, SchemaAt>();
  for (const part of [...(a.parts ?? [a]), ...(b.parts ?? [b])]) parts.set(part.pointer, part);
  const pointer = [...parts.keys()].sort().join(" & ");
  return { schema: undefined, pointer, parts: [...parts.values()] };
}

function child(schema: unknown, pointer: string, ...segments: Array<string | number>): SchemaAt {
  return { schema, pointer: joinPointer(pointer, ...segments) };
}

function emptySchema(pointer: string): CanonicalSchema {
  return {
    pointer,
    nullable: false,
    properties: new Map(),
    required: new Set(),
    constraints: new Map(),
    deprecated: false,
    readOnly: false,
    writeOnly: false,
    docs: { examples: [] },
  };
}
