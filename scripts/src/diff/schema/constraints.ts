// Compares validation bounds (minimum, maxLength, pattern, ...) as tightened or loosened.
import type { CanonicalSchema } from "../../openapi/canonical-schema.js";
import { between, report, type Scope, show } from "../context.js";

const LOWER_BOUNDS = new Set([
  "minimum",
  "exclusiveMinimum",
  "minLength",
  "minItems",
  "minProperties",
]);
const UPPER_BOUNDS = new Set([
  "maximum",
  "exclusiveMaximum",
  "maxLength",
  "maxItems",
  "maxProperties",
]);

/** Reports constraint-tightened or constraint-loosened, once per keyword that differs. */
export function compareConstraints(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
): void {
  const keys = new Set([...before.constraints.keys(), ...after.constraints.keys()]);
  for (const key of [...keys].sort()) {
    const from = before.constraints.get(key);
    const to = after.constraints.get(key);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const text = `${key} ${show(from)} -> ${show(to)}`;
    report(
      scope,
      tightens(key, from, to) ? "constraint-tightened" : "constraint-loosened",
      location,
      text,
      between(before, after, { before: from, after: to }),
    );
  }
}

// A bound that appears, rises (lower) or falls (upper) accepts fewer values.
function tightens(key: string, from: unknown, to: unknown): boolean {
  if (to === undefined) return false;
  if (from === undefined) return true;
  if (typeof from === "number" && typeof to === "number") {
    if (LOWER_BOUNDS.has(key)) return to > from;
    if (UPPER_BOUNDS.has(key)) return to < from;
  }
  return true;
}
