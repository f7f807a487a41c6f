// Renders a comparison result as plain text: the verdict, then one line per change by severity,
// with the operations it reaches and, for breaking changes, what to do.
import type { Severity } from "./change-kinds.js";
import type { DiffResult } from "./compare-documents.js";
import { subjectOf } from "./subject.js";

const SEVERITIES: Severity[] = ["breaking", "additive", "deprecation", "cosmetic"];

/** Human summary: a verdict line with counts, then each severity's entries (breaking first). */
export function formatSummary(result: DiffResult): string {
  const counts = SEVERITIES.map(
    (severity) =>
      `${result.changes.filter((change) => change.severity === severity).length} ${severity}`,
  );
  const lines = [`bump: ${result.bump} (${counts.join(", ")})`];
  for (const severity of SEVERITIES) {
    const entries = result.changes.filter((change) => change.severity === severity);
    if (entries.length === 0) continue;
    lines.push("", `${severity}:`);
    for (const change of entries) {
      const subject =
        change.location === "" ? "" : `${subjectOf(change.pointer, change.location)}: `;
      lines.push(`  ${change.kind}  ${subject}${change.message}`);
      if (change.operations.length > 0) lines.push(`    in ${listOperations(change.operations)}`);
      if (change.advice) lines.push(`    what to do: ${change.advice}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function listOperations(operations: readonly string[]): string {
  if (operations.length <= 4) return operations.join(", ");
  return `${operations.slice(0, 3).join(", ")} and ${operations.length - 3} more operations`;
}
