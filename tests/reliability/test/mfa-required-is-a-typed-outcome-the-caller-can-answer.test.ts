// A password login that needs a second factor (AdGuard DNS's `2fa_required`): the provider's MFA error
// after one request, and a retry with the code works.
import { describe, expect, it } from "vitest";
import { mfaLogins, tokenFlows } from "../src/flows/all-flows.js";
import { checkTokenFault } from "../src/flows/run-token-fault.js";
import { createRunContext } from "../src/support/run-context.js";
import { tally } from "../src/support/tally.js";

describe.each(tokenFlows.filter((flow) => flow.supports({ kind: "mfa" })))("$name", (flow) => {
  it("an injected second-factor answer is the MFA error (code mfa_required) after one request", async (context) => {
    tally(context, { faults: 1 });
    await checkTokenFault(flow, { kind: "mfa" }, 1);
  });
});

describe.each(mfaLogins)("$provider", (login) => {
  it("an MFA account without a code gets the MFA error; the same login with the code succeeds", async (context) => {
    tally(context, { faults: 1 });
    const withoutCode = await login.start("none", createRunContext());
    try {
      const outcome = await withoutCode.exercise();
      expect(outcome.ok).toBe(false);
      const error = (outcome as { error: unknown }).error;
      expect(error).toBeInstanceOf(login.errorClass);
      expect(error).toMatchObject({ code: "mfa_required", status: 401, mfaTokenRejected: false });
      expect(withoutCode.wire.count("password")).toBe(1);
      expect(withoutCode.wire.count("api")).toBe(0);
    } finally {
      await withoutCode.close();
    }

    const withCode = await login.start("right", createRunContext());
    try {
      expect(await withCode.exercise()).toEqual({ ok: true, status: 200 });
      expect(withCode.wire.count("password")).toBe(1);
      expect(withCode.wire.apiWithoutCredential()).toBe(0);
    } finally {
      await withCode.close();
    }
  });

  it("a wrong code is the MFA error with mfaTokenRejected, never retried", async (context) => {
    tally(context, { faults: 1 });
    const run = await login.start("wrong", createRunContext());
    try {
      const outcome = await run.exercise();
      expect(outcome.ok).toBe(false);
      const error = (outcome as { error: unknown }).error;
      expect(error).toBeInstanceOf(login.errorClass);
      expect(error).toMatchObject({ code: "mfa_required", mfaTokenRejected: true });
      expect(run.wire.count("password")).toBe(1);
    } finally {
      await run.close();
    }
  });
});
