// Compares deprecation, defaults and readOnly/writeOnly markers on a schema.
import type { CanonicalSchema } from "../../openapi/canonical-schema.js";
import { report, type Scope, show } from "../context.js";

/** Reports schema-deprecated, deprecation-removed, default-changed and access-changed. */
export function compareFlags(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
): void {
  if (!before.deprecated && after.deprecated) {
    report(scope, "schema-deprecated", location, "deprecated");
  } else if (before.deprecated && !after.deprecated) {
    report(scope, "deprecation-removed", location, "no longer deprecated");
  }
  if (JSON.stringify(before.default) !== JSON.stringify(after.default)) {
    report(
      scope,
      "default-changed",
      location,
      `default ${show(before.default)} -> ${show(after.default)}`,
    );
  }
  for (const flag of ["readOnly", "writeOnly"] as const) {
    if (before[flag] !== after[flag]) {
      report(scope, "access-changed", location, `${flag} ${before[flag]} -> ${after[flag]}`);
    }
  }
}
