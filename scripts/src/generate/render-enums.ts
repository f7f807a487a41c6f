// Renders `enums.ts`: every enum of the spec's named schemas (and of their properties) as a runtime array.
import { isObject, type OpenApiDocument } from "../openapi/load.js";

/** `export const zoneRecordTypeValues = [...] as const;` per enum, with a type beside the array. */
export function renderEnums(doc: OpenApiDocument): string {
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const found = new Map<string, { where: string; values: unknown[] }>();
  const add = (parts: string[], where: string, schema: unknown) => {
    const values = enumOf(schema);
    if (!values) return;
    const name = `${identifier(parts)}Values`;
    if (!found.has(name)) found.set(name, { where, values });
  };
  for (const [name, schema] of Object.entries(schemas)) {
    add([name], `#/components/schemas/${name}`, schema);
    const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
    for (const [property, value] of Object.entries(properties)) {
      add([name, property], `#/components/schemas/${name}/properties/${property}`, value);
    }
  }
  const lines: string[] = [];
  for (const [name, { where, values }] of found) {
    lines.push(`/** The values of ${where}. */`);
    lines.push(`export const ${name} = ${JSON.stringify(values)} as const;`, "");
  }
  return lines.join("\n");
}

/** The enum of a schema, or of its array items; only string and number values. */
function enumOf(schema: unknown): unknown[] | undefined {
  if (!isObject(schema)) return undefined;
  const list = Array.isArray(schema.enum)
    ? schema.enum
    : isObject(schema.items) && Array.isArray(schema.items.enum)
      ? schema.items.enum
      : undefined;
  if (!list || list.length === 0) return undefined;
  const values = list.filter((v) => typeof v === "string" || typeof v === "number");
  return values.length > 0 ? values : undefined;
}

/** `["ZoneRecord", "type"]` -> `zoneRecordType`; `DNS.domain` -> `dnsDomain`. */
function identifier(parts: string[]): string {
  const words = parts.flatMap((part) => part.split(/[^A-Za-z0-9]+/)).filter(Boolean);
  const joined = words
    .map((w, i) => (i === 0 ? lowerFirst(w) : w[0]!.toUpperCase() + w.slice(1)))
    .join("");
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

// `DNS` -> `dns`, `ZoneRecord` -> `zoneRecord`: a leading run of capitals is lowered as one word.
function lowerFirst(word: string): string {
  const run = /^[A-Z]+(?=[A-Z][a-z]|$|[0-9])/.exec(word)?.[0] ?? word[0]!;
  return run.toLowerCase() + word.slice(run.length);
}
