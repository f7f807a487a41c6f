// A 401 while the client's clock says the token is valid: one new token, one replay with its body,
// and a second 401 goes back to the caller instead of looping.
import { afterEach, describe, expect, it } from "vitest";
import { type ApiRun, dnsimpleApi, managedApiTargets } from "../src/api/api-targets.js";
import { tally } from "../src/support/tally.js";
import { apiOutcomes } from "../src/support/wire-log.js";

let run: ApiRun | undefined;
afterEach(async () => {
  await run?.close();
  run = undefined;
});

/** Starts the target and logs in with one successful read. */
async function loggedIn(start: () => Promise<ApiRun>): Promise<ApiRun> {
  run = await start();
  expect(await run.get()).toEqual({ ok: true, status: 200 });
  run.wire.reset();
  return run;
}

describe.each(managedApiTargets)("$name", (target) => {
  it("the server drops the token: exactly one token request and one replay, then 200", async (context) => {
    tally(context, { faults: 1 });
    const api = await loggedIn(() => target.start());
    api.invalidateAccessTokens();
    expect(await api.get()).toEqual({ ok: true, status: 200 });
    expect(apiOutcomes(api.wire)).toEqual([401, 200]);
    expect(api.wire.tokenRequests()).toBe(1);
    expect(api.wire.apiWithoutCredential()).toBe(0);
  });

  it("a POST replayed after a 401 keeps its body and creates exactly one resource", async (context) => {
    tally(context, { faults: 1 });
    const api = await loggedIn(() => target.start());
    const before = api.created();
    api.invalidateAccessTokens();
    expect(await api.post("replayed-post-one")).toEqual({ ok: true, status: 200 });
    expect(apiOutcomes(api.wire, "POST")).toEqual([401, 200]);
    expect(api.created()).toBe(before + 1);
    expect(api.wire.tokenRequests()).toBe(1);
  });

  it("the replay is rejected as well: the caller gets that 401, after one token request, no loop", async (context) => {
    tally(context, { faults: 1 });
    const api = await loggedIn(() => target.start());
    api.injectApi({ kind: "unauthorized" }, "GET", 2);
    expect(await api.get()).toEqual({ ok: true, status: 401 });
    expect(apiOutcomes(api.wire)).toEqual([401, 401]);
    expect(api.wire.tokenRequests()).toBe(1);
    expect(api.wire.apiWithoutCredential()).toBe(0);
  });
});

describe("dnsimple (static access token)", () => {
  it("a revoked token's 401 is returned as is: no token request, no replay", async (context) => {
    tally(context, { faults: 1 });
    const api = await loggedIn(() => dnsimpleApi.start());
    api.invalidateAccessTokens();
    expect(await api.get()).toEqual({ ok: true, status: 401 });
    expect(apiOutcomes(api.wire)).toEqual([401]);
    expect(api.wire.tokenRequests()).toBe(0);
  });
});
