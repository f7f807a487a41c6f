// Renders a comparison result as plain text grouped by operation, verdict first.
import type { Severity } from "./change-kinds.js";
import type { DiffResult } from "./compare-documents.js";

const SEVERITIES: Severity[] = ["breaking", "additive", "deprecation", "cosmetic"];

/** Human summary: a verdict line with counts, then one block per operation (document-level first). */
export function formatSummary(result: DiffResult): string {
  const counts = SEVERITIES.map(
    (severity) =>
      `${result.changes.filter((change) => change.severity === severity).length} ${severity}`,
  );
  const lines = [`bump: ${result.bump} (${counts.join(", ")})`];
  const groups = new Map<string, string[]>();
  for (const change of result.changes) {
    const title = change.operation || "(document)";
    const where = change.location ? `${change.location}: ` : "";
    const group = groups.get(title) ?? [];
    group.push(`  ${change.severity.padEnd(11)} ${change.kind}  ${where}${change.message}`);
    groups.set(title, group);
  }
  for (const [title, group] of groups) lines.push("", title, ...group);
  return `${lines.join("\n")}\n`;
}
