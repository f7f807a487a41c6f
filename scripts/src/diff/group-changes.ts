// Folds the changes found place by place into one entry per change: a shared component changed
// once is one entry listing every operation it reaches.
import type { Change } from "./change-kinds.js";

/** Merges changes with the same kind, severity, pointers and values; keeps first-seen order. */
export function groupChanges(changes: readonly Change[]): Change[] {
  const groups = new Map<string, Change>();
  for (const change of changes) {
    const key = groupKey(change);
    const held = groups.get(key);
    if (!held) {
      groups.set(key, { ...change, operations: [...change.operations] });
      continue;
    }
    for (const operation of change.operations) {
      if (!held.operations.includes(operation)) held.operations.push(operation);
    }
  }
  const out = foldDocumentation([...groups.values()]);
  for (const entry of out) entry.operations.sort();
  return out;
}

// Prose and examples never change what a client sends or reads: all of it is one entry.
function foldDocumentation(entries: Change[]): Change[] {
  const docs = entries.filter((entry) => entry.kind === "documentation-changed");
  if (docs.length <= 1) return entries;
  const places = new Set(docs.map((entry) => entry.pointer.new ?? entry.pointer.old));
  const operations = [...new Set(docs.flatMap((entry) => entry.operations))];
  const folded: Change = {
    ...docs[0]!,
    operation: "",
    location: "",
    pointer: { old: "", new: "" },
    before: null,
    after: null,
    operations,
    message: `descriptions, summaries or examples changed in ${places.size} places`,
  };
  const rest = entries.filter((entry) => entry.kind !== "documentation-changed");
  return [...rest, folded];
}

// Without a pointer on either side a change cannot be matched elsewhere: it stays per place.
function groupKey(change: Change): string {
  const place =
    change.pointer.old === null && change.pointer.new === null
      ? `${change.operation}\u0000${change.location}`
      : `${change.pointer.old}\u0000${change.pointer.new}`;
  return [
    change.kind,
    change.severity,
    place,
    JSON.stringify(change.before),
    JSON.stringify(change.after),
    change.message,
  ].join("\u0001");
}
