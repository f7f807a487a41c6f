// Writes the changeset text for one provider's spec update: bump, versions and changes by operation.
import type { DiffResult } from "../../diff/index.js";

/** Everything a changeset for a spec update says. */
export interface ChangesetInput {
  packageName: string;
  provider: string;
  bump: "major" | "minor" | "patch";
  oldVersion: string;
  newVersion: string;
  result: DiffResult;
  brokenFixtures: { file: string; error: string }[];
}

/** The `.changeset/*.md` content: front matter with the bump, then an endpoint-level summary. */
export function renderChangeset(input: ChangesetInput): string {
  const versions =
    input.oldVersion === input.newVersion
      ? `version ${input.newVersion}`
      : `${input.oldVersion} → ${input.newVersion}`;
  const lines = [
    "---",
    `"${input.packageName}": ${input.bump}`,
    "---",
    "",
    `${input.provider} API spec update (${versions}): ${input.bump}.`,
    "",
  ];
  for (const fixture of input.brokenFixtures) {
    lines.push(`- Usage fixture \`${fixture.file}\` no longer compiles: ${shorten(fixture.error)}`);
  }
  const groups = new Map<string, string[]>();
  for (const change of input.result.changes) {
    const title = change.operation || "document";
    const entry = `${change.severity}: ${change.message}${change.location ? ` (${change.location})` : ""}`;
    groups.set(title, [...(groups.get(title) ?? []), entry]);
  }
  for (const [operation, entries] of groups) {
    lines.push(`- \`${operation}\``);
    for (const entry of entries) lines.push(`  - ${entry}`);
  }
  return `${lines.join("\n")}\n`;
}

/** tsc can print whole object types; a changeset needs only the start of the message. */
function shorten(message: string, max = 200): string {
  return message.length <= max ? message : `${message.slice(0, max - 1)}…`;
}

/** `.changeset/<provider>-api-<version or date>.md`, made safe for a file name. */
export function changesetFileName(
  provider: string,
  oldVersion: string,
  newVersion: string,
  today: Date,
): string {
  const tag =
    oldVersion !== newVersion && newVersion ? newVersion : today.toISOString().slice(0, 10);
  return `${provider}-api-${tag.replace(/[^\w.-]+/g, "-")}.md`;
}
