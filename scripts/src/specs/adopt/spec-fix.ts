// The shape of a documented, intended difference from a vendor document, and how fixes are run.
import type { OpenApiDocument } from "../../openapi/load.js";

/** One named correction of a vendor document; `apply` edits in place and returns what it changed. */
export interface SpecFix {
  /** Function-style name, stable across releases (used in differences.md). */
  readonly name: string;
  /** What the fix changes, in a short phrase. */
  readonly what: string;
  /** Why the vendor document is wrong here, in one line. */
  readonly why: string;
  /** Recorded real answers that prove the fix (paths under `../shared/recorded/`), when it rests on them. */
  readonly evidence?: readonly string[];
  /** Edits the document; returns the JSON pointers or operations it changed (empty: nothing to do). */
  apply(doc: OpenApiDocument): string[];
}

/** A fix that changed something, with the places it touched. */
export interface AppliedDifference {
  readonly name: string;
  readonly what: string;
  readonly why: string;
  readonly where: readonly string[];
  readonly evidence?: readonly string[];
}

/** Runs fixes in order and reports the ones that changed the document. */
export function applyFixes(doc: OpenApiDocument, fixes: readonly SpecFix[]): AppliedDifference[] {
  const applied: AppliedDifference[] = [];
  for (const fix of fixes) {
    const where = fix.apply(doc);
    if (where.length === 0) continue;
    const { name, what, why, evidence } = fix;
    applied.push(evidence ? { name, what, why, where, evidence } : { name, what, why, where });
  }
  return applied;
}
