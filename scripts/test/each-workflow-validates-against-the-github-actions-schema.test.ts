// action-validator (SchemaStore's workflow and action schemas, compiled to WebAssembly, no network)
// accepts every workflow and local action, and rejects a broken copy, so it is really checking.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers-upstream.js";
import { localActionFiles, workflow, workflowFiles } from "./helpers-workflows.js";

const exec = promisify(execFile);
const cli = createRequire(import.meta.url).resolve("@action-validator/cli/cli.mjs");

/** Exit code and error output of action-validator on one file. */
async function validate(file: string): Promise<{ code: number; output: string }> {
  try {
    await exec(process.execPath, [cli, file]);
    return { code: 0, output: "" };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, output: `${failure.stdout}${failure.stderr}` };
  }
}

describe("GitHub Actions files", () => {
  it("include the three workflows and the shared prepare action", () => {
    expect(workflowFiles().map((f) => path.basename(f.file))).toEqual(
      expect.arrayContaining(["ci.yml", "release.yml", "spec-watch.yml"]),
    );
    expect(localActionFiles().map((f) => path.basename(path.dirname(f.file)))).toContain("prepare");
  });

  for (const { file } of [...workflowFiles(), ...localActionFiles()]) {
    it(`${path.relative(repoRoot, file)} validates`, async () => {
      const result = await validate(file);
      expect(result.output).toBe("");
      expect(result.code).toBe(0);
    });
  }

  it("a workflow with a misspelt key or trigger is rejected, naming the place", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pc-workflow-"));
    try {
      const broken = path.join(dir, "broken.yml");
      const text = workflow("ci.yml")
        .text.replace("pull_request:", "pull_requests:")
        .replace("runs-on:", "run-on:");
      await writeFile(broken, text);
      const result = await validate(broken);
      expect(result.code).toBe(1);
      expect(result.output).toContain("/on");
      expect(result.output).toContain("/jobs/test");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
