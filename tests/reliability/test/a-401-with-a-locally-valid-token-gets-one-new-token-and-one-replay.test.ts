// A 401 while the client's clock says the token is valid: one new token, one replay with its body,
// and a second 401 goes back to the caller instead of looping.
import { describe, expect, it } from "vitest";
import { loggedIn, revokedStaticCredentialCheck } from "../src/api/api-fault-suites.js";
import { creating, managedApiTargets, staticApiTargets } from "../src/api/api-targets.js";
import { tally } from "../src/support/tally.js";
import { apiOutcomes } from "../src/support/wire-log.js";

describe.each(managedApiTargets)("$name", (target) => {
  it("the server drops the token: exactly one token request and one replay, then 200", async (context) => {
    tally(context, { faults: 1 });
    const api = await loggedIn(target);
    api.invalidateCredentials();
    expect(await api.get()).toEqual({ ok: true, status: 200 });
    expect(apiOutcomes(api.wire)).toEqual([401, 200]);
    expect(api.wire.tokenRequests()).toBe(1);
    expect(api.wire.apiWithoutCredential()).toBe(0);
  });

  it("a POST replayed after a 401 keeps its body and creates exactly one resource", async (context) => {
    tally(context, { faults: 1 });
    const api = await loggedIn(target);
    const create = creating(api);
    const before = create.count();
    api.invalidateCredentials();
    expect(await create.post("replayed-post-one")).toEqual({ ok: true, status: 200 });
    expect(apiOutcomes(api.wire, "POST")).toEqual([401, 200]);
    expect(create.count()).toBe(before + 1);
    expect(api.wire.tokenRequests()).toBe(1);
  });

  it("the replay is rejected as well: the caller gets that 401, after one token request, no loop", async (context) => {
    tally(context, { faults: 1 });
    const api = await loggedIn(target);
    api.injectApi({ kind: "unauthorized" }, "GET", 2);
    expect(await api.get()).toEqual({ ok: true, status: 401 });
    expect(apiOutcomes(api.wire)).toEqual([401, 401]);
    expect(api.wire.tokenRequests()).toBe(1);
    expect(api.wire.apiWithoutCredential()).toBe(0);
  });
});

// Static credentials (DNSimple's access token, and every registry default) have nothing to renew.
describe.each(staticApiTargets)("$name (static credential)", (target) => {
  revokedStaticCredentialCheck(target);
});
