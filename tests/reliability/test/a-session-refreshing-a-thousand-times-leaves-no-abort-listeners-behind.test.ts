// A long-lived session (a daemon refreshing for weeks) must not pile abort listeners onto one
// AbortSignal: fetch adds one listener per request to the signal it gets, so every token request
// needs a signal of its own. Past 1,500 Node prints "MaxListenersExceededWarning: Possible
// EventTarget memory leak detected".
import { expect, it } from "vitest";
import type { QuietRefreshResult } from "../src/soak/run-quiet-refreshes.js";
import { runSuiteScript } from "../src/support/run-child.js";
import { tally } from "../src/support/tally.js";

it("1,000 refreshes leave at most a handful of abort listeners on any one signal", {
  timeout: 90_000,
}, async (context) => {
  tally(context, { faults: 1 });
  const child = await runSuiteScript("src/soak/run-quiet-refreshes.ts", [], { timeoutMs: 80_000 });
  expect(child.code, child.stderr).toBe(0);
  const result = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as QuietRefreshResult;
  expect(result).toMatchObject({ password: 1, refresh: 1_000, warnings: [] });
  expect(
    result.maxAbortListenersOnOneSignal,
    "abort listeners alive at once on one AbortSignal",
  ).toBeLessThanOrEqual(5);
});
