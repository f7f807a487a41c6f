// Reads the repository's GitHub Actions files (workflows and local actions) as text and as YAML.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { repoRoot } from "./helpers-upstream.js";

type Json = Record<string, unknown>;

/** One workflow or action file: where it is, its text, and its parsed YAML. */
export interface ActionsFile {
  file: string;
  text: string;
  yaml: Json;
}

const github = path.join(repoRoot, ".github");

/** `.github/workflows/*.yml`, by name. */
export function workflowFiles(): ActionsFile[] {
  const dir = path.join(github, "workflows");
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => load(path.join(dir, name)));
}

/** `.github/actions/<name>/action.yml` for each local action. */
export function localActionFiles(): ActionsFile[] {
  const dir = path.join(github, "actions");
  return readdirSync(dir)
    .sort()
    .map((name) => load(path.join(dir, name, "action.yml")));
}

/** One workflow by file name, e.g. `ci.yml`. */
export function workflow(name: string): ActionsFile {
  return load(path.join(github, "workflows", name));
}

function load(file: string): ActionsFile {
  const text = readFileSync(file, "utf8");
  return { file, text, yaml: parse(text) as Json };
}

/** A workflow's jobs by id. */
export function jobs(workflowFile: ActionsFile): Record<string, Json> {
  return workflowFile.yaml.jobs as Record<string, Json>;
}

/** The steps of a job, or of a composite action. */
export function steps(owner: Json): Json[] {
  const runs = owner.runs as Json | undefined;
  return ((runs ? runs.steps : owner.steps) ?? []) as Json[];
}

/** The step that uses `action` (owner/name, any ref). */
export function stepUsing(owner: Json, action: string): Json {
  const step = steps(owner).find((s) => String(s.uses ?? "").startsWith(`${action}@`));
  if (!step) throw new Error(`no step uses ${action}`);
  return step;
}

/** A GitHub Actions expression as it is written in a workflow: `${{ inner }}`. */
export function expr(inner: string): string {
  return `\${{ ${inner} }}`;
}
