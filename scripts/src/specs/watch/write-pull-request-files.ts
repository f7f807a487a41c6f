// Writes a pull request as plain files a workflow reads: <out>/<provider>/{branch,title,body.md,labels}.
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PullRequest } from "./render-pull-request.js";

/** The file names inside a provider's folder, shared with .github/workflows/spec-watch.yml. */
const PULL_REQUEST_FILES = {
  branch: "branch",
  title: "title",
  body: "body.md",
  labels: "labels",
} as const;

/** Writes the folder whole (a temp folder renamed into place), so a reader never sees part of it. */
export async function writePullRequestFiles(
  out: string,
  provider: string,
  pullRequest: PullRequest,
): Promise<string> {
  await mkdir(out, { recursive: true });
  const target = path.join(out, provider);
  const temp = path.join(out, `.${provider}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(temp);
    await writeFile(path.join(temp, PULL_REQUEST_FILES.branch), `${pullRequest.branch}\n`);
    await writeFile(path.join(temp, PULL_REQUEST_FILES.title), `${pullRequest.title}\n`);
    await writeFile(path.join(temp, PULL_REQUEST_FILES.body), pullRequest.body);
    await writeFile(
      path.join(temp, PULL_REQUEST_FILES.labels),
      `${pullRequest.labels.join("\n")}\n`,
    );
    await rm(target, { recursive: true, force: true });
    await rename(temp, target);
    return target;
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Removes what an earlier run wrote for `provider`, so a stale pull request is never reopened. */
export async function clearPullRequestFiles(out: string, provider: string): Promise<void> {
  await rm(path.join(out, provider), { recursive: true, force: true });
}
