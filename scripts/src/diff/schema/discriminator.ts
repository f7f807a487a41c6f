// Compares a schema's discriminator property.
import type { CanonicalSchema } from "../../openapi/canonical-schema.js";
import { report, type Scope } from "../context.js";

/** Reports discriminator-added, -removed or -changed (a different property name). */
export function compareDiscriminator(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
): void {
  const from = before.discriminator?.propertyName;
  const to = after.discriminator?.propertyName;
  if (from === to) return;
  if (from === undefined) report(scope, "discriminator-added", location, `discriminated by ${to}`);
  else if (to === undefined)
    report(scope, "discriminator-removed", location, `no longer discriminated by ${from}`);
  else report(scope, "discriminator-changed", location, `discriminator ${from} -> ${to}`);
}
