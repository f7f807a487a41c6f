// Compares deprecation, defaults and readOnly/writeOnly markers on a schema.
import type { CanonicalSchema } from "../../openapi/canonical-schema.js";
import { between, report, type Scope, show } from "../context.js";

/** Reports schema-deprecated, deprecation-removed, default-changed and access-changed. */
export function compareFlags(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
): void {
  const deprecation = between(before, after, {
    before: before.deprecated,
    after: after.deprecated,
  });
  if (!before.deprecated && after.deprecated) {
    report(scope, "schema-deprecated", location, "deprecated", deprecation);
  } else if (before.deprecated && !after.deprecated) {
    report(scope, "deprecation-removed", location, "no longer deprecated", deprecation);
  }
  if (JSON.stringify(before.default) !== JSON.stringify(after.default)) {
    report(
      scope,
      "default-changed",
      location,
      `default ${show(before.default)} -> ${show(after.default)}`,
      between(before, after, { before: before.default, after: after.default }),
    );
  }
  for (const flag of ["readOnly", "writeOnly"] as const) {
    if (before[flag] !== after[flag]) {
      report(
        scope,
        "access-changed",
        location,
        `${flag} ${before[flag]} -> ${after[flag]}`,
        between(before, after, { before: before[flag], after: after[flag] }),
      );
    }
  }
}
