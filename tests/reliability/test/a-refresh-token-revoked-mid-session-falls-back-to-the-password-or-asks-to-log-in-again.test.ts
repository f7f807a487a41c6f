// A refresh token revoked in the middle of a session: with a password configured the session logs
// in again once; without one it raises ReauthenticationRequiredError and sends no API request.
import { OAuthError, ReauthenticationRequiredError } from "@provider-clients/auth";
import { expect, it } from "vitest";
import { adguardRefreshRevoked, dynataRefreshRevoked } from "../src/api/revoked-refresh.js";
import { tally } from "../src/support/tally.js";
import type { WireEntry } from "../src/support/wire-log.js";

const trace = (wire: WireEntry[]) => wire.map((e) => `${e.kind} ${e.outcome}`);

it("dynata with a password: the rejected refresh is followed by one password login, then 200", async (context) => {
  tally(context, { faults: 1 });
  const run = await dynataRefreshRevoked(true);
  expect(run.outcome).toEqual({ ok: true, status: 200 });
  expect(trace(run.wire)).toEqual(["refresh 401", "password 200", "api 200"]);
});

it("dynata with only the stored refresh token: ReauthenticationRequiredError, no API request", async (context) => {
  tally(context, { faults: 1 });
  const run = await dynataRefreshRevoked(false);
  expect(run.outcome.ok).toBe(false);
  const error = (run.outcome as { error: unknown }).error;
  expect(error).toBeInstanceOf(ReauthenticationRequiredError);
  expect(error).toMatchObject({ code: "reauthentication_required", provider: "dynata" });
  expect((error as Error).cause).toBeInstanceOf(OAuthError);
  expect((error as Error).cause).toMatchObject({ error: "invalid_grant", status: 401 });
  expect(trace(run.wire)).toEqual(["refresh 401"]);
});

it("adguard-dns with a password: the rejected refresh is followed by one password login, then 200", async (context) => {
  tally(context, { faults: 1 });
  const run = await adguardRefreshRevoked(true);
  expect(run.outcome).toEqual({ ok: true, status: 200 });
  expect(trace(run.wire)).toEqual(["refresh 401", "password 200", "api 200"]);
});

it("adguard-dns started from a refresh token: once revoked, ReauthenticationRequiredError, no API request", async (context) => {
  tally(context, { faults: 1 });
  const run = await adguardRefreshRevoked(false);
  expect(run.outcome.ok).toBe(false);
  const error = (run.outcome as { error: unknown }).error;
  expect(error).toBeInstanceOf(ReauthenticationRequiredError);
  expect(error).toMatchObject({ code: "reauthentication_required", provider: "adguard-dns" });
  expect(trace(run.wire)).toEqual(["refresh 401"]);
});
