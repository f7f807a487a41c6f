// Finds object keys a body carries that its schema never declares (the types would drop them).
import { childPointer, resolveLocalRef } from "../specs/adopt/json-pointer.js";

type Schema = Record<string, unknown>;

/** JSON pointers of keys in `value` that no `properties` of `schema` (followed through refs and combinators) names. */
export function undeclaredProperties(
  root: unknown,
  schema: unknown,
  value: unknown,
  pointer = "",
): string[] {
  const parts = flatten(root, schema, new Set());
  if (Array.isArray(value)) {
    const items = parts.map((p) => p.items).filter((i) => i !== undefined);
    if (items.length === 0) return [];
    return value.flatMap((item, i) =>
      items.length === 1
        ? undeclaredProperties(root, items[0], item, childPointer(pointer, i))
        : [],
    );
  }
  if (typeof value !== "object" || value === null) return [];
  const declared = new Map<string, unknown[]>();
  let open = parts.length === 0;
  for (const part of parts) {
    if (part.additionalProperties !== undefined && part.additionalProperties !== false) open = true;
    if (typeof part.properties !== "object" || part.properties === null) continue;
    for (const [key, sub] of Object.entries(part.properties as Schema)) {
      declared.set(key, [...(declared.get(key) ?? []), sub]);
    }
  }
  if (declared.size === 0 && !parts.some((p) => p.properties)) open = true;
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const at = childPointer(pointer, key);
    const subs = declared.get(key);
    if (!subs) {
      if (!open) found.push(at);
      continue;
    }
    // Where several members declare the key, only a single declaration is followed further.
    if (subs.length === 1) found.push(...undeclaredProperties(root, subs[0], child, at));
  }
  return found;
}

// The schema and every schema it pulls in by $ref or allOf/anyOf/oneOf, as one list of parts.
function flatten(root: unknown, schema: unknown, seen: Set<unknown>): Schema[] {
  if (typeof schema !== "object" || schema === null || seen.has(schema)) return [];
  seen.add(schema);
  const s = schema as Schema;
  const parts: Schema[] = [s];
  if (typeof s.$ref === "string") parts.push(...flatten(root, resolveLocalRef(root, s.$ref), seen));
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const list = s[keyword];
    if (Array.isArray(list)) for (const member of list) parts.push(...flatten(root, member, seen));
  }
  return parts;
}
