// The rules every workflow follows: third-party actions pinned by full commit SHA with a version
// comment, read-only (or no) permissions by default widened per job, and a concurrency group.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jobs, localActionFiles, steps, workflowFiles } from "./helpers-workflows.js";

type Json = Record<string, unknown>;

const PINNED =
  /^\s*(?:-\s+)?uses:\s+([\w.-]+\/[\w./-]+)@([0-9a-f]{40})\s+#\s+v\d+(?:\.\d+){0,2}\s*$/;
const LOCAL = /^\s*(?:-\s+)?uses:\s+\.\/\S+\s*$/;

/** What each job may do, exactly; anything not listed is none. */
const JOB_PERMISSIONS: Record<string, Record<string, Json>> = {
  "ci.yml": { test: { contents: "read" }, checks: { contents: "read" } },
  "release.yml": {
    release: { contents: "write", "pull-requests": "write", "id-token": "write" },
  },
  "spec-watch.yml": {
    providers: { contents: "read" },
    watch: { contents: "write", "pull-requests": "write" },
  },
};

const everyFile = () => [...workflowFiles(), ...localActionFiles()];

describe("every workflow and local action", () => {
  it("pins each third-party action by a full commit SHA with its version in a comment", () => {
    const bad: string[] = [];
    const versionOf = new Map<string, string>();
    for (const { file, text } of everyFile()) {
      for (const line of text.split("\n")) {
        if (!/^\s*(?:-\s+)?uses:/.test(line) || LOCAL.test(line)) continue;
        const match = PINNED.exec(line);
        if (!match) bad.push(`${path.basename(file)}: ${line.trim()}`);
        // One SHA always means one version, whichever file names it.
        const [action, sha] = [match?.[1], match?.[2]];
        const comment = line.split("#")[1]?.trim() ?? "";
        const key = `${action}@${sha}`;
        if (versionOf.has(key) && versionOf.get(key) !== comment)
          bad.push(`${key} is called ${versionOf.get(key)} and ${comment}`);
        versionOf.set(key, comment);
      }
    }
    expect(bad).toEqual([]);
    expect(versionOf.size).toBeGreaterThanOrEqual(5);
  });

  it("has, in every parsed step, a uses that is a local path or owner/name@<40-hex SHA>", () => {
    for (const { yaml } of everyFile()) {
      const owners = yaml.jobs ? Object.values(jobs({ yaml } as never)) : [yaml];
      for (const owner of owners)
        for (const step of steps(owner)) {
          if (step.uses === undefined) continue;
          expect(String(step.uses)).toMatch(/^(\.\/|[\w.-]+\/[\w./-]+@[0-9a-f]{40}$)/);
        }
    }
  });

  it("grants nothing at the top (or read only) and each job exactly what it needs", () => {
    for (const wf of workflowFiles()) {
      const name = path.basename(wf.file);
      const top = wf.yaml.permissions;
      expect(top, `${name}: top-level permissions`).toBeDefined();
      if (typeof top === "string") expect(top).toBe("read-all");
      else
        for (const level of Object.values(top as Json)) expect(["read", "none"]).toContain(level);
      const expected = JOB_PERMISSIONS[name];
      expect(expected, `${name} has no expected permissions in this test`).toBeDefined();
      const actual = Object.fromEntries(
        Object.entries(jobs(wf)).map(([id, job]) => [id, job.permissions]),
      );
      expect(actual, name).toEqual(expected);
    }
  });

  it("never runs on pull_request_target, and checks out without keeping the token unless it pushes", () => {
    for (const wf of workflowFiles()) {
      expect(Object.keys(wf.yaml.on as Json)).not.toContain("pull_request_target");
      for (const [id, job] of Object.entries(jobs(wf))) {
        const pushesWithGit = (job.permissions as Json | undefined)?.contents === "write";
        for (const step of steps(job)) {
          if (!String(step.uses ?? "").startsWith("actions/checkout@")) continue;
          const persist = (step.with as Json | undefined)?.["persist-credentials"];
          // spec-watch's job pushes through create-pull-request's own token, not checkout's.
          if (pushesWithGit && path.basename(wf.file) === "release.yml") expect(persist).toBe(true);
          else expect(persist, `${path.basename(wf.file)} ${id}`).toBe(false);
        }
      }
    }
  });

  it("belongs to a concurrency group, and only CI cancels a run in progress", () => {
    for (const wf of workflowFiles()) {
      const concurrency = wf.yaml.concurrency as Json;
      expect(typeof concurrency?.group, path.basename(wf.file)).toBe("string");
      expect(concurrency["cancel-in-progress"]).toBe(path.basename(wf.file) === "ci.yml");
    }
  });
});
