// Compares whether a schema admits null (3.0 `nullable`, 3.1 `"null"` type and null unions alike).
import type { CanonicalSchema } from "../../openapi/canonical-schema.js";
import { between, report, type Scope } from "../context.js";

/** Reports request/response-made-nullable or -non-nullable. */
export function compareNullability(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
): void {
  if (before.nullable === after.nullable) return;
  const side = scope.direction;
  const facts = between(before, after, { before: before.nullable, after: after.nullable });
  if (after.nullable) report(scope, `${side}-made-nullable`, location, "now admits null", facts);
  else report(scope, `${side}-made-non-nullable`, location, "no longer admits null", facts);
}
