// Sums every vitest JSON report in the workspace into CI's plain "N passed, N failed" line.
import { readFileSync } from "node:fs";
import { findReports } from "./ci/find-reports.js";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  success?: boolean;
}

const reports = findReports();
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load has no failed tests but is not a success either.
  if (report.success === false && report.numFailedTests === 0) failed += 1;
}
if (reports.length === 0) failed += 1;
console.log(`test reports: ${reports.length}`);
console.log(
  skipped > 0
    ? `${passed} passed, ${failed} failed, ${skipped} skipped`
    : `${passed} passed, ${failed} failed`,
);
process.exitCode = failed > 0 ? 1 : 0;
