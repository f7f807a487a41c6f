// Sums every vitest JSON report in the workspace into CI's plain "N passed, N failed" line.
import { readFileSync } from "node:fs";
import { findReports, reportRuntime } from "./ci/find-reports.js";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  success?: boolean;
}

interface Tally {
  reports: number;
  passed: number;
  failed: number;
  skipped: number;
}

const total: Tally = { reports: 0, passed: 0, failed: 0, skipped: 0 };
const byRuntime = new Map<string, Tally>();
for (const file of findReports()) {
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  const runtime = reportRuntime(file);
  const tally = byRuntime.get(runtime) ?? { reports: 0, passed: 0, failed: 0, skipped: 0 };
  byRuntime.set(runtime, tally);
  // A suite that failed to load has no failed tests but is not a success either.
  const loadFailure = report.success === false && report.numFailedTests === 0 ? 1 : 0;
  for (const t of [tally, total]) {
    t.reports += 1;
    t.passed += report.numPassedTests;
    t.failed += report.numFailedTests + loadFailure;
    t.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
}
if (total.reports === 0) total.failed += 1;
// Per-runtime lines are worded so that the total below stays the only "N passed, N failed" line.
for (const [runtime, t] of [...byRuntime].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${runtime}: ${t.reports} reports, passed ${t.passed}, failed ${t.failed}`);
console.log(`test reports: ${total.reports}`);
console.log(
  total.skipped > 0
    ? `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`
    : `${total.passed} passed, ${total.failed} failed`,
);
process.exitCode = total.failed > 0 ? 1 : 0;
