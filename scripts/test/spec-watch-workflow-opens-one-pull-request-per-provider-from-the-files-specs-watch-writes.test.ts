// spec-watch.yml stays thin: its shell steps are run here as written, against the matrix command
// and the files specs:watch writes, and its pull request step takes exactly those values.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { renderPullRequest } from "../src/specs/watch/render-pull-request.js";
import { writePullRequestFiles } from "../src/specs/watch/write-pull-request-files.js";
import { repoRoot } from "./helpers-upstream.js";
import { expr, jobs, steps, stepUsing, workflow } from "./helpers-workflows.js";

type Json = Record<string, unknown>;

const exec = promisify(execFile);
const watch = workflow("spec-watch.yml");
const watchJob = jobs(watch).watch!;
const stepById = (job: Json, id: string) => steps(job).find((s) => s.id === id)!;
let temp: string;

/** Runs a step's `run` script with bash as Actions would, returning what it wrote to GITHUB_OUTPUT. */
async function runStep(step: Json, env: Record<string, string>): Promise<Record<string, string>> {
  const output = path.join(temp, `output-${Math.random().toString(36).slice(2)}`);
  await writeFile(output, "");
  await exec("bash", ["-e", "-c", String(step.run)], {
    cwd: repoRoot,
    env: { ...process.env, ...env, GITHUB_OUTPUT: output },
  });
  const lines = (await readFile(output, "utf8")).split("\n").filter(Boolean);
  return Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), "pc-spec-watch-workflow-"));
});
afterAll(() => rm(temp, { recursive: true, force: true }));

it("runs on a schedule and by hand", () => {
  const on = watch.yaml.on as Json;
  expect((on.schedule as Json[])[0]?.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
  expect(on).toHaveProperty("workflow_dispatch");
});

it("builds its matrix from the fetched providers, or from the one asked for", async () => {
  const list = stepById(jobs(watch).providers!, "list");
  expect(await runStep(list, { PROVIDER: "" })).toEqual({ list: '["adguard-dns","dnsimple"]' });
  expect(await runStep(list, { PROVIDER: "dnsimple" })).toEqual({ list: '["dnsimple"]' });
  expect(await runStep(list, { PROVIDER: "dynu" })).toEqual({ list: "[]" });
  expect(watchJob.if).toBe("needs.providers.outputs.list != '[]'");
}, 60_000);

it("runs specs:watch for its provider into the folder the next step reads", () => {
  const run = steps(watchJob).find((s) => s.name === "pnpm specs:watch")!;
  expect(run.run).toBe('pnpm specs:watch --provider "$PROVIDER" --out "$RUNNER_TEMP/spec-watch"');
  expect((stepById(watchJob, "pr").env as Json).DIR).toBe(
    `${expr("runner.temp")}/spec-watch/${expr("matrix.provider")}`,
  );
});

it("passes branch, title, labels and body from the written files to create-pull-request", async () => {
  const pullRequest = renderPullRequest({
    provider: "adguard-dns",
    packageName: "@provider-clients/adguard-dns",
    bump: "major",
    oldVersion: "1.15",
    newVersion: "1.16",
    result: { bump: "major", changes: [] },
    brokenFixtures: [],
    changeset: ".changeset/adguard-dns-api-1.16.md",
    proseGaps: [],
  });
  const dir = await writePullRequestFiles(path.join(temp, "out"), "adguard-dns", pullRequest);

  const outputs = await runStep(stepById(watchJob, "pr"), { DIR: dir });

  expect(outputs).toEqual({
    changed: "true",
    branch: "spec-watch/adguard-dns",
    title: pullRequest.title,
    labels: "spec-update,breaking",
    "body-path": path.join(dir, "body.md"),
  });
  const create = stepUsing(watchJob, "peter-evans/create-pull-request");
  expect(create.if).toBe("steps.pr.outputs.changed == 'true'");
  expect(create.with).toMatchObject({
    branch: expr("steps.pr.outputs.branch"),
    title: expr("steps.pr.outputs.title"),
    "body-path": expr("steps.pr.outputs.body-path"),
    labels: expr("steps.pr.outputs.labels"),
  });
});

it("opens nothing when specs:watch wrote nothing", async () => {
  const outputs = await runStep(stepById(watchJob, "pr"), { DIR: path.join(temp, "none") });
  expect(outputs).toEqual({ changed: "false" });
});
