// Compares object properties and which of them are required, by direction.
import { type CanonicalSchema, canonicalSchema } from "../../openapi/canonical-schema.js";
import { at, between, type Facts, report, type Scope } from "../context.js";
import type { Walk } from "./walk.js";

/** Reports added, removed, newly required or optional properties, then walks common ones. */
export function compareProperties(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
  walk: Walk,
): void {
  const names = new Set([...before.properties.keys(), ...after.properties.keys()]);
  for (const name of [...names].sort()) {
    const here = at(location, "properties", name);
    const from = before.properties.get(name);
    const to = after.properties.get(name);
    if (from && to) {
      const facts = between(from, to, {
        before: before.required.has(name),
        after: after.required.has(name),
      });
      compareRequired(scope, facts, here, name);
      walk(from, to, here);
    } else if (to) {
      if (!travels(scope, canonicalSchema(to, scope.ctx.new.resolver))) continue;
      const facts = between(before, to, { after: name });
      if (scope.direction === "response") {
        report(scope, "response-property-added", here, `property ${name} added`, facts);
      } else if (after.required.has(name)) {
        const text = `required property ${name} added`;
        report(scope, "request-property-added-required", here, text, facts);
      } else {
        const text = `optional property ${name} added`;
        report(scope, "request-property-added-optional", here, text, facts);
      }
    } else if (from) {
      if (!travels(scope, canonicalSchema(from, scope.ctx.old.resolver))) continue;
      const facts = between(from, after, { before: name });
      const text = `property ${name} removed`;
      report(scope, `${scope.direction}-property-removed`, here, text, facts);
    }
  }
}

// `facts.before`/`facts.after` say whether the property was and is required.
function compareRequired(scope: Scope, facts: Facts, location: string, name: string): void {
  if (facts.before === facts.after) return;
  const change = facts.after ? "made-required" : "made-optional";
  const text = `property ${name} ${change.replace("-", " ")}`;
  report(scope, `${scope.direction}-property-${change}`, location, text, facts);
}

// readOnly properties are never sent and writeOnly ones never received.
function travels(scope: Scope, schema: CanonicalSchema): boolean {
  return scope.direction === "request" ? !schema.readOnly : !schema.writeOnly;
}
