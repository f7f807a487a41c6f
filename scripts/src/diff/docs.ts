// Compares descriptive text (summaries, descriptions, titles, examples): always cosmetic.
import { joinPointer } from "../openapi/resolve-refs.js";
import { report, type Scope } from "./context.js";

/** Where the described node lives in each document (its fields are appended). */
export interface DocsAt {
  old: string;
  new: string;
}

/** Reports one documentation-changed per descriptive field whose value differs. */
export function compareDocs(
  scope: Scope,
  oldDocs: Record<string, unknown>,
  newDocs: Record<string, unknown>,
  location: string,
  where?: DocsAt,
): void {
  const fields = new Set([...Object.keys(oldDocs), ...Object.keys(newDocs)]);
  for (const field of [...fields].sort()) {
    const before = normalise(oldDocs[field]);
    const after = normalise(newDocs[field]);
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    report(scope, "documentation-changed", location, `${field} changed`, {
      old: where ? joinPointer(where.old, field) : null,
      new: where ? joinPointer(where.new, field) : null,
      before,
      after,
    });
  }
}

// An empty description or example list says the same as none.
function normalise(value: unknown): unknown {
  if (value === "" || (Array.isArray(value) && value.length === 0)) return undefined;
  return typeof value === "string" ? value.trim() : value;
}
