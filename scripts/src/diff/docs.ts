// Compares descriptive text (summaries, descriptions, titles, examples): always cosmetic.
import { at, report, type Scope } from "./context.js";

/** Reports one documentation-changed per descriptive field whose value differs. */
export function compareDocs(
  scope: Scope,
  oldDocs: Record<string, unknown>,
  newDocs: Record<string, unknown>,
  location: string,
): void {
  const fields = new Set([...Object.keys(oldDocs), ...Object.keys(newDocs)]);
  for (const field of [...fields].sort()) {
    const before = normalise(oldDocs[field]);
    const after = normalise(newDocs[field]);
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    report(scope, "documentation-changed", location, `${at(location, field) || field} changed`);
  }
}

// An empty description or example list says the same as none.
function normalise(value: unknown): unknown {
  if (value === "" || (Array.isArray(value) && value.length === 0)) return undefined;
  return typeof value === "string" ? value.trim() : value;
}
