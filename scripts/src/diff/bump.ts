// Turns a list of changes into one semver verdict.
import type { Change } from "./change-kinds.js";

/** The semver bump a set of changes calls for. */
export type Bump = "major" | "minor" | "patch" | "none";

/** major if anything breaks, minor for additions or deprecations, patch for cosmetic, else none. */
export function bumpFor(changes: readonly Change[]): Bump {
  if (changes.some((change) => change.severity === "breaking")) return "major";
  if (
    changes.some((change) => change.severity === "additive" || change.severity === "deprecation")
  ) {
    return "minor";
  }
  return changes.length > 0 ? "patch" : "none";
}
