// .ci/test-node-versions.sh writes `.vitest/results-node<major>.json` beside the main run's report;
// the CI totals read both, and tell each run's Node release apart.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { findReports, reportRuntime } from "../src/ci/find-reports.js";

it("finds the main report and each Node release's report, and nothing else in .vitest", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "pc-ci-totals-"));
  try {
    const vitest = path.join(root, "packages", "auth", ".vitest");
    await mkdir(vitest, { recursive: true });
    for (const name of ["results.json", "results-node22.json", "results-node24.json", "old.json"])
      await writeFile(path.join(vitest, name), "{}");
    await mkdir(path.join(root, "demo", ".vitest"), { recursive: true });
    await writeFile(path.join(root, "demo", ".vitest", "results-node24.json"), "{}");

    const reports = findReports(root).map((file) => path.relative(root, file));

    expect(reports).toEqual([
      "demo/.vitest/results-node24.json",
      "packages/auth/.vitest/results-node22.json",
      "packages/auth/.vitest/results-node24.json",
      "packages/auth/.vitest/results.json",
    ]);
    expect(reports.map(reportRuntime)).toEqual(["node 24", "node 22", "node 24", "default"]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
