// Compares enum lists value by value.
import type { CanonicalSchema } from "../../openapi/canonical-schema.js";
import { report, type Scope, show } from "../context.js";

/** Reports enum-added/-removed for the whole list, else one change per added or removed value. */
export function compareEnums(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
): void {
  const from = before.enum;
  const to = after.enum;
  if (from === undefined && to === undefined) return;
  if (from === undefined) {
    report(scope, "enum-added", location, `now limited to ${show(to)}`);
    return;
  }
  if (to === undefined) {
    report(scope, "enum-removed", location, `no longer limited to ${show(from)}`);
    return;
  }
  const fromKeys = new Set(from.map((value) => JSON.stringify(value)));
  const toKeys = new Set(to.map((value) => JSON.stringify(value)));
  for (const key of [...toKeys].sort()) {
    if (!fromKeys.has(key)) report(scope, "enum-value-added", location, `enum value ${key} added`);
  }
  for (const key of [...fromKeys].sort()) {
    if (!toKeys.has(key))
      report(scope, "enum-value-removed", location, `enum value ${key} removed`);
  }
}
