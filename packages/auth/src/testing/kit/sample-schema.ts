// Builds a deterministic, schema-valid JSON value from a schema: stable values from a seed, realistic formats.
import type { KitSchema } from "./spec-types.js";

type Schema = Record<string, unknown>;

/** What sampling needs besides the schema. */
export interface SampleOptions {
  /** `components.schemas`, for `$ref`s. */
  schemas: Readonly<Record<string, KitSchema>>;
  seed: number;
  /** Distinguishes samples of the same schema (an operationId, an item's place in a list). */
  key: string;
  /** Properties left out unless required: `writeOnly` in answers (default), `readOnly` in requests. */
  omit?: "readOnly" | "writeOnly";
}

const maxDepth = 8;

/** A value valid against `schema` (as far as sampling can know: enum, const, bounds, formats, required). */
export function sampleSchema(schema: KitSchema, options: SampleOptions): unknown {
  return sample(schema, options, options.key, "", [], 0);
}

/** Resolves `#/components/schemas/<name>`; anything else is left as an empty schema. */
export function resolveRef(schema: KitSchema, schemas: SampleOptions["schemas"]): Schema {
  let current: unknown = schema;
  for (let hops = 0; isSchema(current) && typeof current.$ref === "string" && hops < 32; hops++) {
    const name = /^#\/components\/schemas\/(.+)$/.exec(current.$ref)?.[1];
    current = name === undefined ? {} : (schemas[decodeURIComponent(name)] ?? {});
  }
  return isSchema(current) ? current : {};
}

function sample(
  raw: KitSchema,
  options: SampleOptions,
  key: string,
  property: string,
  refs: readonly string[],
  depth: number,
): unknown {
  const ref = isSchema(raw) && typeof raw.$ref === "string" ? raw.$ref : undefined;
  const schema = resolveRef(raw, options.schemas);
  const seen = ref === undefined ? refs : [...refs, ref];
  const next = (s: KitSchema, k: string, p: string) => sample(s, options, k, p, seen, depth + 1);
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const choices = schema.enum.filter((v) => v !== null);
    const list = choices.length > 0 ? choices : schema.enum;
    return list[hash(options.seed, key) % list.length];
  }
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part, i) => next(part as KitSchema, `${key}&${i}`, property));
    const own = { ...schema, allOf: undefined };
    const objects = parts.filter(isPlainObject);
    if (objects.length === parts.length) {
      const merged = Object.assign({}, ...objects) as Schema;
      return typeOf(own) === "object"
        ? { ...merged, ...(next(own, key, property) as Schema) }
        : merged;
    }
    return parts[0];
  }
  const choice = (Array.isArray(schema.oneOf) ? schema.oneOf : schema.anyOf) as
    | KitSchema[]
    | undefined;
  if (Array.isArray(choice) && choice.length > 0) {
    const usable = choice.filter((c) => typeOf(resolveRef(c, options.schemas)) !== "null");
    const base = { ...schema, oneOf: undefined, anyOf: undefined };
    const pick = usable[0] ?? choice[0]!;
    const value = next(pick, key, property);
    return isPlainObject(value) && typeOf(base) === "object"
      ? { ...(next(base, key, property) as Schema), ...value }
      : value;
  }
  const example = exampleOf(schema);
  if (example !== undefined && typeOf(schema) !== "integer") return example;
  if (schema.default !== undefined) return schema.default;
  const cyclic = ref !== undefined && refs.includes(ref);
  switch (typeOf(schema)) {
    case "object":
      return sampleObject(
        schema,
        key,
        cyclic || depth > maxDepth,
        options.omit ?? "writeOnly",
        next,
      );
    case "array": {
      if (cyclic || depth > maxDepth) return [];
      const count = Math.max(Number(schema.minItems ?? 1), 1);
      const items = (schema.items ?? {}) as KitSchema;
      const out = Array.from(
        { length: Math.min(count, Number(schema.maxItems ?? count)) },
        (_, i) => next(items, `${key}[${i}]`, property),
      );
      return schema.uniqueItems ? dedupe(out) : out;
    }
    case "integer":
    case "number":
      return sampleNumber(schema, hash(options.seed, key), property);
    case "boolean":
      return hash(options.seed, key) % 2 === 0;
    case "null":
      return null;
    default:
      return sampleString(schema, hash(options.seed, key), property);
  }
}

function sampleObject(
  schema: Schema,
  key: string,
  shallow: boolean,
  omit: "readOnly" | "writeOnly",
  next: (s: KitSchema, k: string, p: string) => unknown,
): Schema {
  const properties = (schema.properties ?? {}) as Record<string, KitSchema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const out: Schema = {};
  for (const [name, property] of Object.entries(properties)) {
    // Past the depth limit or round a $ref loop only required properties are filled, so samples stay finite.
    if (shallow && !required.has(name)) continue;
    if (isSchema(property) && property[omit] === true && !required.has(name)) continue;
    out[name] = next(property, `${key}.${name}`, name);
  }
  for (const name of required) {
    if (!(name in out)) out[name] = next(propertyFor(schema, name), `${key}.${name}`, name);
  }
  return out;
}

// A required property that `properties` does not declare: additionalProperties says its schema.
function propertyFor(schema: Schema, _name: string): KitSchema {
  const extra = schema.additionalProperties;
  return isSchema(extra) ? extra : {};
}

function sampleNumber(schema: Schema, h: number, property: string): number {
  const integer = typeOf(schema) === "integer";
  const exclusiveMin =
    typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : undefined;
  const exclusiveMax =
    typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum : undefined;
  let min =
    typeof schema.minimum === "number"
      ? schema.minimum
      : exclusiveMin !== undefined
        ? exclusiveMin + (integer ? 1 : 0.5)
        : undefined;
  let max =
    typeof schema.maximum === "number"
      ? schema.maximum
      : exclusiveMax !== undefined
        ? exclusiveMax - (integer ? 1 : 0.5)
        : undefined;
  if (integer) {
    min = min === undefined ? undefined : Math.ceil(min);
    max = max === undefined ? undefined : Math.floor(max);
  }
  // Ids look like ids (six digits); other numbers stay small.
  const idLike = /(^id$|Id$|_id$|ID$)/.test(property);
  let value = idLike ? 100_000 + (h % 900_000) : 1 + (h % 100);
  if (min !== undefined && max !== undefined) value = min + (h % (Math.max(max - min, 0) + 1));
  else if (min !== undefined && value < min) value = min + (h % 100);
  else if (max !== undefined && value > max) value = max - (h % 10);
  const step = typeof schema.multipleOf === "number" ? schema.multipleOf : undefined;
  if (step) value = Math.ceil(value / step) * step;
  return integer ? Math.round(value) : value;
}

const baseTime = Date.UTC(2024, 0, 1);

function sampleString(schema: Schema, h: number, property: string): string {
  const n = h % 10_000;
  const time = new Date(baseTime + (h % 31_536_000) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const byFormat: Record<string, string> = {
    "date-time": time,
    date: time.slice(0, 10),
    time: time.slice(11),
    email: `user${n}@example.com`,
    uri: `https://example.com/${property || "item"}/${n}`,
    url: `https://example.com/${property || "item"}/${n}`,
    hostname: `host${n}.example.com`,
    ipv4: `192.0.2.${(h % 254) + 1}`,
    ipv6: `2001:db8::${(h % 65_535).toString(16)}`,
    uuid: uuidFrom(h),
    password: "fake-password",
  };
  const format = typeof schema.format === "string" ? schema.format : "";
  const candidates = [
    byFormat[format],
    byName(property, n, time, byFormat),
    `${property || "value"}-${n}`,
    time,
    String(n),
    `${time.slice(0, 10).replaceAll("-", "/")} ${time.slice(11, 19)}`,
  ].filter((c): c is string => c !== undefined);
  const pattern = typeof schema.pattern === "string" ? safeRegExp(schema.pattern) : undefined;
  const found = candidates.find((c) => pattern === undefined || pattern.test(c)) ?? candidates[0]!;
  return fitLength(found, schema);
}

// Property names that say what a string holds, for values that read like the real thing.
function byName(
  property: string,
  n: number,
  time: string,
  byFormat: Record<string, string>,
): string | undefined {
  const name = property.toLowerCase();
  if (
    /(on|_at|date|time|expires|created|updated)$/.test(name) &&
    !/(action|location|description)$/.test(name)
  )
    return time;
  if (name.includes("email")) return byFormat.email;
  if (name.includes("ipv6")) return byFormat.ipv6;
  if (name.includes("ipv4") || name === "ip" || name.endsWith("_ip") || name.endsWith("ipaddress"))
    return byFormat.ipv4;
  if (/(url|uri|link)$/.test(name)) return byFormat.uri;
  if (/(hostname|domain|domainname|host|zone|zone_id)$/.test(name)) return `example${n}.com`;
  if (name === "name") return `example${n}.com`;
  return undefined;
}

function fitLength(value: string, schema: Schema): string {
  const min = Number(schema.minLength ?? 0);
  const max = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  let out = value;
  while (out.length < min) out += "x";
  return max === undefined ? out : out.slice(0, max);
}

function exampleOf(schema: Schema): unknown {
  if (schema.example !== undefined) return schema.example;
  return Array.isArray(schema.examples) ? schema.examples[0] : undefined;
}

/** The schema's type; a 3.1 type list picks its first non-null member; untyped objects by their keywords. */
export function typeOf(schema: Schema): string | undefined {
  const type = schema.type;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return (type.find((t) => t !== "null") ?? type[0]) as string | undefined;
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return "object";
  if (schema.items !== undefined) return "array";
  return undefined;
}

function uuidFrom(h: number): string {
  const hex = h.toString(16).padStart(8, "0").padEnd(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function dedupe(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const text = JSON.stringify(v);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

function safeRegExp(source: string): RegExp | undefined {
  try {
    return new RegExp(source, "u");
  } catch {
    return undefined;
  }
}

/** FNV-1a of the seed and key: the same pair always gives the same number. */
export function hash(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPlainObject(value: unknown): value is Schema {
  return isSchema(value);
}
