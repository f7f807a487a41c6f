// Vitest reporter: prints and saves what the suite tried (faults, bad inputs, secrets) and found.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Reporter, TestModule } from "vitest/node";

/** The closing note of the reliability suite. */
export interface ReliabilitySummary {
  faultsTried: number;
  badInputsTried: number;
  secretsSearched: number;
  tests: { passed: number; failed: number };
  /** Failing tests: each is a behaviour a package does not have yet. */
  findings: { test: string; file: string; error: string }[];
}

/** Sums the tallies of every test and lists the failing ones as findings. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const summary: ReliabilitySummary = {
      faultsTried: 0,
      badInputsTried: 0,
      secretsSearched: 0,
      tests: { passed: 0, failed: 0 },
      findings: [],
    };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const counts = test.meta().reliability;
        summary.faultsTried += counts?.faults ?? 0;
        summary.badInputsTried += counts?.badInputs ?? 0;
        summary.secretsSearched += counts?.secretsSearched ?? 0;
        const result = test.result();
        if (result.state === "failed") {
          summary.tests.failed += 1;
          const message = result.errors?.[0]?.message ?? "failed";
          summary.findings.push({
            test: test.fullName,
            file: path.basename(module.moduleId),
            error: message.replace(/\s+/g, " ").trim().slice(0, 400),
          });
        } else if (result.state === "passed") {
          summary.tests.passed += 1;
        }
      }
    }
    const out = path.resolve(".vitest", "reliability-summary.json");
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
    const lines = [
      "",
      "reliability summary",
      `  faults tried:     ${summary.faultsTried}`,
      `  bad inputs tried: ${summary.badInputsTried}`,
      `  secrets searched: ${summary.secretsSearched}`,
      `  tests:            ${summary.tests.passed} passed, ${summary.tests.failed} failed`,
      `  findings:         ${summary.findings.length}`,
      ...summary.findings.map((f) => `    - ${f.file}: ${f.test}: ${f.error}`),
      `  written to ${path.relative(process.cwd(), out)}`,
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  }
}
