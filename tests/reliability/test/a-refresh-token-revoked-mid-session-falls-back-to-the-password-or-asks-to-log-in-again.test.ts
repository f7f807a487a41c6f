// A refresh token revoked in the middle of a session: with a password configured the session logs
// in again once; without one it raises ReauthenticationRequiredError and sends no API request.
import { OAuthError, ReauthenticationRequiredError } from "@provider-clients/auth";
import { describe, expect, it } from "vitest";
import { refreshRevocations } from "../src/flows/all-flows.js";
import { createRunContext } from "../src/support/run-context.js";
import { tally } from "../src/support/tally.js";
import type { WireEntry } from "../src/support/wire-log.js";

const trace = (wire: WireEntry[]) => wire.map((e) => `${e.kind} ${e.outcome}`);

describe.each(refreshRevocations)("$provider", (revocation) => {
  it("with a password: the rejected refresh is followed by one password login, then 200", async (context) => {
    tally(context, { faults: 1 });
    const run = await revocation.run(true, createRunContext());
    expect(run.outcome).toEqual({ ok: true, status: 200 });
    expect(trace(run.wire)).toEqual(["refresh 401", "password 200", "api 200"]);
  });

  it(`${revocation.withoutPassword}: ReauthenticationRequiredError, no API request`, async (context) => {
    tally(context, { faults: 1 });
    const run = await revocation.run(false, createRunContext());
    expect(run.outcome.ok).toBe(false);
    const error = (run.outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({
      code: "reauthentication_required",
      provider: revocation.provider,
    });
    if (revocation.cause) {
      expect((error as Error).cause).toBeInstanceOf(OAuthError);
      expect((error as Error).cause).toMatchObject(revocation.cause);
    }
    expect(trace(run.wire)).toEqual(["refresh 401"]);
  });
});
