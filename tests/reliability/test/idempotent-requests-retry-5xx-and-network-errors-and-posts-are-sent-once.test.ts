// API 5xx and dropped connections: a GET is retried (two retries at most, backoff on the clock);
// a POST is sent once and its failure goes back to the caller, so nothing is created twice.
import { afterEach, describe, expect, it } from "vitest";
import { type ApiFault, type ApiRun, apiTargets } from "../src/api/api-targets.js";
import { tally } from "../src/support/tally.js";
import { apiOutcomes } from "../src/support/wire-log.js";

/** Attempts of an idempotent call with the default API policy (defaultApiRetry: 2 retries). */
const attempts = 3;
const faults: { label: string; fault: ApiFault }[] = [
  { label: "HTTP 500", fault: { kind: "status", status: 500 } },
  { label: "HTTP 502", fault: { kind: "status", status: 502 } },
  { label: "HTTP 503", fault: { kind: "status", status: 503 } },
  { label: "a dropped connection", fault: { kind: "reset" } },
];

let run: ApiRun | undefined;
afterEach(async () => {
  await run?.close();
  run = undefined;
});

async function loggedIn(start: () => Promise<ApiRun>): Promise<ApiRun> {
  run = await start();
  expect(await run.get()).toEqual({ ok: true, status: 200 });
  run.wire.reset();
  run.clock.sleeps.length = 0;
  return run;
}

/** What the fault leaves on the wire: its status, or "network" for a reset. */
const seen = (fault: ApiFault) => (fault.kind === "status" ? fault.status : "network");

describe.each(apiTargets)("$name", (target) => {
  for (const { label, fault } of faults) {
    it(`GET meets ${label} once: retried once after a backoff on the clock, then 200`, async (context) => {
      tally(context, { faults: 1 });
      const api = await loggedIn(() => target.start());
      api.injectApi(fault, "GET", 1);
      expect(await api.get()).toEqual({ ok: true, status: 200 });
      expect(apiOutcomes(api.wire, "GET")).toEqual([seen(fault), 200]);
      expect(api.clock.sleeps).toHaveLength(1);
      expect(api.wire.tokenRequests()).toBe(0);
    });

    it(`GET meets ${label} every time: ${attempts} attempts, then the failure reaches the caller`, async (context) => {
      tally(context, { faults: 1 });
      const api = await loggedIn(() => target.start());
      api.injectApi(fault, "GET", Number.POSITIVE_INFINITY);
      const outcome = await api.get();
      if (fault.kind === "status") {
        expect(outcome).toEqual({ ok: true, status: fault.status });
      } else {
        expect(outcome.ok).toBe(false);
        const { error } = outcome as { error: Error };
        expect(error).toMatchObject({ name: "NetworkError", code: "network_error", method: "GET" });
        expect(error.cause).toMatchObject({ name: "TypeError", message: "fetch failed" });
      }
      expect(apiOutcomes(api.wire, "GET")).toEqual(Array(attempts).fill(seen(fault)));
      expect(api.clock.sleeps).toHaveLength(attempts - 1);
    });

    it(`POST meets ${label}: sent exactly once, nothing created, the failure reaches the caller`, async (context) => {
      tally(context, { faults: 1 });
      const api = await loggedIn(() => target.start());
      const before = api.created();
      api.injectApi(fault, "POST", 1);
      const outcome = await api.post("sent-once");
      if (fault.kind === "status") {
        expect(outcome).toEqual({ ok: true, status: fault.status });
      } else {
        expect(outcome.ok).toBe(false);
        expect((outcome as { error: unknown }).error).toMatchObject({
          name: "NetworkError",
          code: "network_error",
          method: "POST",
        });
      }
      expect(apiOutcomes(api.wire, "POST")).toEqual([seen(fault)]);
      expect(api.created()).toBe(before);
      expect(api.clock.sleeps).toEqual([]);
    });
  }
});
