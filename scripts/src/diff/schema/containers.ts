// Compares array items and additionalProperties (map values).
import type { CanonicalSchema } from "../../openapi/canonical-schema.js";
import { at, between, report, type Scope } from "../context.js";
import { anySchema, type Walk } from "./walk.js";

/** Walks `items` when either side declares them (a missing side means any item). */
export function compareItems(
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
  walk: Walk,
): void {
  if (!before.items && !after.items) return;
  const from = before.items ?? anySchema();
  const to = after.items ?? anySchema();
  walk(from, to, at(location, "items"));
}

/** Reports additional-properties-allowed/-disallowed, else walks map value schemas. */
export function compareAdditionalProperties(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
  walk: Walk,
): void {
  const from = before.additionalProperties;
  const to = after.additionalProperties;
  if (from === to) return;
  const here = at(location, "additionalProperties");
  const facts = between(before, after, { before: from !== false, after: to !== false });
  if (from === false) {
    report(scope, "additional-properties-allowed", here, "extra properties now allowed", facts);
    return;
  }
  if (to === false) {
    const text = "extra properties no longer allowed";
    report(scope, "additional-properties-disallowed", here, text, facts);
    return;
  }
  walk(from ?? anySchema(), to ?? anySchema(), here);
}
