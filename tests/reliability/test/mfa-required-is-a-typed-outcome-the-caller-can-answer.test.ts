// AdGuard DNS's `2fa_required`: MfaRequiredError after one request, and a retry with the code works.
import { MfaRequiredError } from "@provider-clients/adguard-dns";
import { expect, it } from "vitest";
import { adguardMfaUser, adguardPasswordFlow, startAdGuard } from "../src/flows/adguard-dns.js";
import { checkTokenFault } from "../src/flows/run-token-fault.js";
import { tally } from "../src/support/tally.js";

it("an injected 2fa_required answer is MfaRequiredError (code mfa_required) after one request", async (context) => {
  tally(context, { faults: 1 });
  await checkTokenFault(adguardPasswordFlow, { kind: "mfa" }, 1);
});

it("an MFA account without a code gets MfaRequiredError; the same login with the code succeeds", async (context) => {
  tally(context, { faults: 1 });
  const withoutCode = await startAdGuard(
    "password",
    {},
    {
      username: adguardMfaUser.username,
      password: adguardMfaUser.password,
    },
  );
  try {
    const outcome = await withoutCode.exercise();
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(MfaRequiredError);
    expect(error).toMatchObject({
      code: "mfa_required",
      status: 401,
      errorCode: "2fa_required",
      mfaTokenRejected: false,
    });
    expect(withoutCode.wire.count("password")).toBe(1);
    expect(withoutCode.wire.count("api")).toBe(0);
  } finally {
    await withoutCode.close();
  }

  const withCode = await startAdGuard("password", {}, adguardMfaUser);
  try {
    expect(await withCode.exercise()).toEqual({ ok: true, status: 200 });
    expect(withCode.wire.count("password")).toBe(1);
    expect(withCode.wire.apiWithoutCredential()).toBe(0);
  } finally {
    await withCode.close();
  }
});

it("a wrong code is MfaRequiredError with mfaTokenRejected, never retried", async (context) => {
  tally(context, { faults: 1 });
  const run = await startAdGuard("password", {}, { ...adguardMfaUser, mfaToken: "mfa-code-wrong" });
  try {
    const outcome = await run.exercise();
    expect(outcome.ok).toBe(false);
    expect((outcome as { error: unknown }).error).toMatchObject({
      name: "MfaRequiredError",
      code: "mfa_required",
      mfaTokenRejected: true,
    });
    expect(run.wire.count("password")).toBe(1);
  } finally {
    await run.close();
  }
});
