// Writes the changeset for one provider's spec update as a migration guide: bump, then each change once, breaking ones with what to do.
import { type Change, type DiffResult, subjectOf } from "../../diff/index.js";

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

const SECTIONS = [
  ["breaking", "Breaking: what to change in your code"],
  ["additive", "Added"],
  ["deprecation", "Deprecated"],
  ["cosmetic", "Documentation only"],
] as const;

/**
 * The `.changeset/*.md` content: front matter with the bump, then a migration guide: broken usage
 * fixtures and breaking changes with what to do first, then additions, deprecations and prose.
 */
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
  ];
  for (const [severity, title] of SECTIONS) {
    const entries = input.result.changes.filter((change) => change.severity === severity);
    const fixtures = severity === "breaking" ? input.brokenFixtures : [];
    if (entries.length === 0 && fixtures.length === 0) continue;
    lines.push("", `**${title}**`, "");
    for (const fixture of fixtures) {
      lines.push(
        `- Usage fixture \`${fixture.file}\` no longer compiles: ${shorten(fixture.error)}`,
      );
    }
    for (const change of entries) lines.push(...renderEntry(change));
  }
  return `${lines.join("\n")}\n`;
}

/** One change: what changed, where, and for breaking changes what to do. */
function renderEntry(change: Change): string[] {
  const subject =
    change.location === "" || change.kind === "documentation-changed"
      ? ""
      : `\`${subjectOf(change.pointer, change.location)}\`: `;
  const where =
    change.operations.length > 0
      ? ` (${change.operations.map((operation) => `\`${operation}\``).join(", ")})`
      : "";
  const line = `- ${subject}${change.message}${where}`;
  return change.advice ? [line, `  ${change.advice}`] : [line];
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
