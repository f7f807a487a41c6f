// The pull request a spec update asks for: branch, title, labels and a body that opens with the verdict.
import type { Bump, Change, DiffResult } from "../../diff/index.js";

/** Everything one provider's pull request says. */
export interface PullRequest {
  branch: string;
  title: string;
  body: string;
  labels: string[];
}

/** What the update found, as the pull request needs it. */
export interface PullRequestInput {
  provider: string;
  packageName: string;
  /** The bump released: the comparison's, or major when a usage fixture broke. */
  bump: Bump;
  oldVersion: string;
  newVersion: string;
  result: DiffResult;
  brokenFixtures: { file: string; error: string }[];
  /** The changeset written, relative to the repository root; undefined when no release is needed. */
  changeset: string | undefined;
  /** Operations or schemas that still need our own prose. */
  proseGaps: string[];
}

/** The label every spec-watch pull request carries, and the one a major bump adds. */
const SPEC_UPDATE_LABEL = "spec-update";
const BREAKING_LABEL = "breaking";

/** One pull request per provider, always on the same branch, so a newer run updates it. */
export function renderPullRequest(input: PullRequestInput): PullRequest {
  const versions =
    input.oldVersion === input.newVersion
      ? `version ${input.newVersion || "unchanged"}`
      : `${input.oldVersion} → ${input.newVersion}`;
  return {
    branch: `spec-watch/${input.provider}`,
    title: `${input.provider}: vendor API spec update (${versions}), ${input.bump}`,
    body: renderBody(input, versions),
    labels: input.bump === "major" ? [SPEC_UPDATE_LABEL, BREAKING_LABEL] : [SPEC_UPDATE_LABEL],
  };
}

function renderBody(input: PullRequestInput, versions: string): string {
  const changes = input.result.changes;
  const breaking = changes.filter((c) => c.severity === "breaking");
  const release = input.changeset ? `\`${input.packageName}\`` : "no release needed";
  const lines = [`**Bump: ${input.bump}** (${release}; ${input.provider} API ${versions})`, ""];
  if (breaking.length === 0 && input.brokenFixtures.length === 0) {
    lines.push("No breaking changes.");
  } else {
    lines.push(`**Breaking (${breaking.length + input.brokenFixtures.length}):**`);
    for (const change of breaking) lines.push(...breakingEntry(change));
    for (const fixture of input.brokenFixtures)
      lines.push(
        `- Usage fixture \`${fixture.file}\` no longer compiles: ${oneLine(fixture.error, 200)}`,
        "  - Advice: code written like this fixture stops compiling; check the change above that it uses.",
      );
  }
  lines.push("", "## Every change, by operation", "");
  if (changes.length === 0) lines.push("The comparison found no difference a client user sees.");
  for (const [operation, group] of groupByOperation(changes)) {
    lines.push(`### \`${operation}\``);
    for (const change of group) lines.push(...detailedEntry(change));
    lines.push("");
  }
  if (input.proseGaps.length > 0) {
    lines.push("## Needs our own prose", "");
    for (const gap of input.proseGaps) lines.push(`- ${gap}`);
    lines.push("");
  }
  lines.push(
    "## In this pull request",
    "",
    `- \`specs/${input.provider}/openapi.yaml\` and \`differences.md\`: the vendor's document adopted with our fixes and prose`,
    `- \`packages/${input.provider}/src/generated/\`: the regenerated client (it builds and type-checks)`,
    input.changeset
      ? `- \`${input.changeset}\`: the changeset (${input.bump})`
      : "- no changeset: nothing a client user sees changed",
    "",
    "Written by `pnpm specs:watch` in the spec-watch workflow. Review the spec diff and the changeset before merging.",
  );
  return `${lines.join("\n")}\n`;
}

/** A breaking entry for the opening lines: where, what, and what a user should do. */
function breakingEntry(change: Change): string[] {
  const where = [change.operation, change.location].filter(Boolean).join(" ");
  const more = otherOperations(change).length;
  const reach = more > 0 ? ` (and ${more} more operation${more === 1 ? "" : "s"})` : "";
  const lines = [`- \`${where || "document"}\`${reach}: ${change.message}`];
  if (change.advice) lines.push(`  - Advice: ${oneLine(change.advice, 400)}`);
  return lines;
}

/** A full entry: severity, kind and message, then whatever detail the diff gave. */
function detailedEntry(change: Change): string[] {
  const where = change.location ? ` at \`${change.location}\`` : "";
  const lines = [`- ${change.severity} \`${change.kind}\`${where}: ${change.message}`];
  if (change.before != null || change.after != null)
    lines.push(`  - before: ${valueText(change.before)}; after: ${valueText(change.after)}`);
  if (change.pointer.old || change.pointer.new)
    lines.push(
      `  - in the documents: old \`${change.pointer.old ?? "(none)"}\`, new \`${change.pointer.new ?? "(none)"}\``,
    );
  const others = otherOperations(change);
  if (others.length > 0)
    lines.push(`  - also affects: ${others.map((op) => `\`${op}\``).join(", ")}`);
  if (change.advice) lines.push(`  - Advice: ${oneLine(change.advice, 400)}`);
  return lines;
}

/** The operations a shared change reaches besides the one it is listed under. */
function otherOperations(change: Change): string[] {
  return change.operations.filter((op) => op !== change.operation);
}

function groupByOperation(changes: Change[]): Map<string, Change[]> {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const title = change.operation || "document";
    groups.set(title, [...(groups.get(title) ?? []), change]);
  }
  return groups;
}

/** A value from the documents as short inline code. */
function valueText(value: unknown): string {
  if (value == null) return "(absent)";
  return `\`${oneLine(JSON.stringify(value) ?? String(value), 120).replaceAll("`", "'")}\``;
}

/** Collapses whitespace and cuts long text, so one entry stays one line. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
