// Compares a schema's discriminator property.
import type { CanonicalSchema } from "../../openapi/canonical-schema.js";
import { between, report, type Scope } from "../context.js";

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
  const facts = between(before, after, { before: from, after: to });
  if (from === undefined)
    report(scope, "discriminator-added", location, `discriminated by ${to}`, facts);
  else if (to === undefined)
    report(scope, "discriminator-removed", location, `no longer discriminated by ${from}`, facts);
  else report(scope, "discriminator-changed", location, `discriminator ${from} -> ${to}`, facts);
}
