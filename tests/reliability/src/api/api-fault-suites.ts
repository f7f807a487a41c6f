// The API fault checks, as functions a test file calls per target (own files' targets and registry defaults).
import type { ApiFault, ApiRun, ApiTarget } from "@provider-clients/scripts/suites/reliability";
import { expect, it, onTestFinished } from "vitest";
import type { RunOptions } from "../flows/token-flow.js";
import { tally } from "../support/tally.js";
import { apiOutcomes } from "../support/wire-log.js";
import { creating, startTarget } from "./api-targets.js";

/** Attempts of an idempotent call with the default API policy (defaultApiRetry: 2 retries). */
const attempts = 3;
const faults: { label: string; fault: ApiFault }[] = [
  { label: "HTTP 500", fault: { kind: "status", status: 500 } },
  { label: "HTTP 502", fault: { kind: "status", status: 502 } },
  { label: "HTTP 503", fault: { kind: "status", status: 503 } },
  { label: "a dropped connection", fault: { kind: "reset" } },
];

/** Starts `target` (closed when the test ends) and logs in with one successful read. */
export async function loggedIn(target: ApiTarget, options: RunOptions = {}): Promise<ApiRun> {
  const run = await startTarget(target, options);
  onTestFinished(() => run.close());
  expect(await run.get()).toEqual({ ok: true, status: 200 });
  run.wire.reset();
  run.clock.sleeps.length = 0;
  return run;
}

/** What the fault leaves on the wire: its status, or "network" for a reset. */
const seen = (fault: ApiFault) => (fault.kind === "status" ? fault.status : "network");

/** GETs meeting 5xx and resets once (retried after a backoff) and every time (bounded attempts). */
export function getFaultChecks(target: ApiTarget): void {
  for (const { label, fault } of faults) {
    it(`GET meets ${label} once: retried once after a backoff on the clock, then 200`, async (context) => {
      tally(context, { faults: 1 });
      const api = await loggedIn(target);
      api.injectApi(fault, "GET", 1);
      expect(await api.get()).toEqual({ ok: true, status: 200 });
      expect(apiOutcomes(api.wire, "GET")).toEqual([seen(fault), 200]);
      expect(api.clock.sleeps).toHaveLength(1);
      expect(api.wire.tokenRequests()).toBe(0);
    });

    it(`GET meets ${label} every time: ${attempts} attempts, then the failure reaches the caller`, async (context) => {
      tally(context, { faults: 1 });
      const api = await loggedIn(target);
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
  }
}

/** POSTs meeting 5xx and resets: sent once, nothing created, the failure goes back. */
export function postFaultChecks(target: ApiTarget): void {
  for (const { label, fault } of faults) {
    it(`POST meets ${label}: sent exactly once, nothing created, the failure reaches the caller`, async (context) => {
      tally(context, { faults: 1 });
      const api = await loggedIn(target);
      const create = creating(api);
      const before = create.count();
      api.injectApi(fault, "POST", 1);
      const outcome = await create.post("sent-once");
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
      expect(create.count()).toBe(before);
      expect(api.clock.sleeps).toEqual([]);
    });
  }
}

/** A static credential the server stops taking: its 401 goes back as is, nothing is renewed or replayed. */
export function revokedStaticCredentialCheck(target: ApiTarget): void {
  it("a revoked credential's 401 is returned as is: no token request, no replay", async (context) => {
    tally(context, { faults: 1 });
    const api = await loggedIn(target);
    api.invalidateCredentials();
    expect(await api.get()).toEqual({ ok: true, status: 401 });
    expect(apiOutcomes(api.wire)).toEqual([401]);
    expect(api.wire.tokenRequests()).toBe(0);
    expect(api.wire.apiWithoutCredential()).toBe(0);
  });
}
