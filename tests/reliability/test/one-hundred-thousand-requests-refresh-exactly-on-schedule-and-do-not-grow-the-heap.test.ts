// Soak: 100,000 requests through one Dynata client whose tokens live one second on the fake clock,
// the clock moving a second between batches of 100: exactly one refresh per batch, no request
// with a stale token, and the heap after a forced GC no higher than after warm-up (2 MiB margin).
import { expect, it } from "vitest";
import type { SoakResult } from "../src/soak/run-soak.js";
import { runSuiteScript } from "../src/support/run-child.js";
import { tally } from "../src/support/tally.js";

const heapMarginBytes = 2 * 1024 * 1024;

it("100,000 requests: 1 login, 999 refreshes, 0 rejected, heap within 2 MiB of its start", {
  timeout: 170_000,
}, async (context) => {
  tally(context, { faults: 1 });
  const child = await runSuiteScript("src/soak/run-soak.ts", ["--expose-gc"], {
    timeoutMs: 160_000,
  });
  expect(child.timedOut, child.stderr).toBe(false);
  expect(child.code, child.stderr).toBe(0);
  const result = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as SoakResult;
  const growth = result.heapEndBytes - result.heapStartBytes;
  console.log(
    `soak: ${result.requests} requests in ${result.batches} batches, ${result.passwordLogins} login, ${result.refreshes} refreshes, heap ${(result.heapStartBytes / 2 ** 20).toFixed(1)} -> ${(result.heapEndBytes / 2 ** 20).toFixed(1)} MiB`,
  );
  expect(result).toMatchObject({
    requests: 100_000,
    batches: 1_000,
    passwordLogins: 1,
    refreshes: 999,
    rejected: 0,
    failures: 0,
    unhandledRejections: 0,
    warnings: [],
  });
  expect(growth, "heap growth after a forced GC (bytes)").toBeLessThanOrEqual(heapMarginBytes);
});
