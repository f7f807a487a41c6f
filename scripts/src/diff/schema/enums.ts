// Compares enum lists: all values added are one change, all values removed another.
import type { CanonicalSchema } from "../../openapi/canonical-schema.js";
import { between, report, type Scope, show } from "../context.js";

/** Reports enum-added/-removed for the whole list, else one enum-value-added and one -removed at most. */
export function compareEnums(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
): void {
  const from = before.enum;
  const to = after.enum;
  if (from === undefined && to === undefined) return;
  const facts = between(before, after, { before: from, after: to });
  if (from === undefined) {
    report(scope, "enum-added", location, `now limited to ${show(to)}`, facts);
    return;
  }
  if (to === undefined) {
    report(scope, "enum-removed", location, `no longer limited to ${show(from)}`, facts);
    return;
  }
  const added = missingFrom(to, from);
  const removed = missingFrom(from, to);
  if (added.length > 0) report(scope, "enum-value-added", location, values("added", added), facts);
  if (removed.length > 0)
    report(scope, "enum-value-removed", location, values("removed", removed), facts);
}

// Values of `list` that `other` lacks, in `list`'s order.
function missingFrom(list: unknown[], other: unknown[]): unknown[] {
  const keys = new Set(other.map((value) => JSON.stringify(value)));
  return list.filter((value) => !keys.has(JSON.stringify(value)));
}

function values(what: string, list: unknown[]): string {
  const text = list.map((value) => JSON.stringify(value)).join(", ");
  return list.length === 1
    ? `enum value ${text} ${what}`
    : `${list.length} enum values ${what}: ${text}`;
}
