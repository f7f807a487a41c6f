// Compares object properties and which of them are required, by direction.
import { type CanonicalSchema, canonicalSchema } from "../../openapi/canonical-schema.js";
import { at, report, type Scope } from "../context.js";
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
      compareRequired(scope, before.required.has(name), after.required.has(name), here, name);
      walk(from, to, here);
    } else if (to) {
      if (!travels(scope, canonicalSchema(to, scope.ctx.new.resolver))) continue;
      if (scope.direction === "response") {
        report(scope, "response-property-added", here, `property ${name} added`);
      } else if (after.required.has(name)) {
        report(scope, "request-property-added-required", here, `required property ${name} added`);
      } else {
        report(scope, "request-property-added-optional", here, `optional property ${name} added`);
      }
    } else if (from) {
      if (!travels(scope, canonicalSchema(from, scope.ctx.old.resolver))) continue;
      report(scope, `${scope.direction}-property-removed`, here, `property ${name} removed`);
    }
  }
}

function compareRequired(
  scope: Scope,
  wasRequired: boolean,
  isRequired: boolean,
  location: string,
  name: string,
): void {
  if (wasRequired === isRequired) return;
  const change = isRequired ? "made-required" : "made-optional";
  report(
    scope,
    `${scope.direction}-property-${change}`,
    location,
    `property ${name} ${change.replace("-", " ")}`,
  );
}

// readOnly properties are never sent and writeOnly ones never received.
function travels(scope: Scope, schema: CanonicalSchema): boolean {
  return scope.direction === "request" ? !schema.readOnly : !schema.writeOnly;
}
