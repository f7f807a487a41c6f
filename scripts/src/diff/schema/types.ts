// Compares a schema's allowed types and its format.
import type { CanonicalSchema, JsonType } from "../../openapi/canonical-schema.js";
import { between, report, type Scope, show } from "../context.js";

// A format that accepts strictly more values than the key.
const WIDER_FORMAT: Record<string, string> = { int32: "int64", float: "double" };

/** Reports type-changed, -narrowed or -widened when the sets of allowed types differ. */
export function compareTypes(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
): void {
  const from = before.types;
  const to = after.types;
  if (from === undefined && to === undefined) return;
  const text = `type ${describe(from)} -> ${describe(to)}`;
  const facts = between(before, after, { before: describe(from), after: describe(to) });
  if (from === undefined) {
    report(scope, "type-narrowed", location, text, facts);
    return;
  }
  if (to === undefined) {
    report(scope, "type-widened", location, text, facts);
    return;
  }
  const narrower = to.every((type) => covers(from, type));
  const wider = from.every((type) => covers(to, type));
  if (narrower && wider) return;
  if (narrower) report(scope, "type-narrowed", location, text, facts);
  else if (wider) report(scope, "type-widened", location, text, facts);
  else report(scope, "type-changed", location, text, facts);
}

/** Reports format-changed, -narrowed or -widened when `format` differs. */
export function compareFormat(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
): void {
  const from = before.format;
  const to = after.format;
  if (from === to) return;
  const text = `format ${show(from)} -> ${show(to)}`;
  const facts = between(before, after, { before: from, after: to });
  if (from === undefined || (to !== undefined && WIDER_FORMAT[to] === from)) {
    report(scope, "format-narrowed", location, text, facts);
  } else if (to === undefined || WIDER_FORMAT[from] === to) {
    report(scope, "format-widened", location, text, facts);
  } else {
    report(scope, "format-changed", location, text, facts);
  }
}

// Every integer is a number, so `number` covers `integer`.
function covers(types: JsonType[], type: JsonType): boolean {
  return types.includes(type) || (type === "integer" && types.includes("number"));
}

function describe(types: JsonType[] | undefined): string {
  if (types === undefined) return "any";
  return types.length === 0 ? "null" : [...types].sort().join("|");
}
