import { expect, it } from "vitest";
import { adguardDnsAuth, MfaRequiredError, OAuthError } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { clientFor, recordingFetch, startFake, tokenRequests } from "./support/fake.js";

it("without mfa_token the login fails with MfaRequiredError; retrying with mfaToken succeeds", async () => {
  const server = await startFake();
  const login = { username: creds.mfaUsername, password: creds.mfaPassword };
  const first = clientFor(server, adguardDnsAuth.password(login));

  const failure = await first.op.listDevices().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(MfaRequiredError);
  expect(failure).toBeInstanceOf(OAuthError);
  expect(failure).toMatchObject({
    code: "mfa_required",
    status: 401,
    errorCode: "2fa_required",
    mfaTokenRejected: false,
  });

  const recorder = recordingFetch();
  const second = clientFor(
    server,
    adguardDnsAuth.password({ ...login, mfaToken: creds.mfaToken }),
    {
      fetch: recorder.fetch,
    },
  );
  const { response } = await second.op.listDevices();
  expect(response.status).toBe(200);
  expect(new URLSearchParams(recorder.seen[0]!.body).get("mfa_token")).toBe(creds.mfaToken);
  expect(tokenRequests(server)).toEqual(["password:401", "password:200"]);
});

it("a wrong code is reported as an MFA token the server rejected", async () => {
  const server = await startFake();
  const adguard = clientFor(
    server,
    adguardDnsAuth.password({
      username: creds.mfaUsername,
      password: creds.mfaPassword,
      mfaToken: "000000",
    }),
  );
  const failure = await adguard.op.listDevices().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(MfaRequiredError);
  expect((failure as MfaRequiredError).mfaTokenRejected).toBe(true);
});

it("an mfaToken function is asked again when the session has to log in again", async () => {
  const server = await startFake();
  let asked = 0;
  const adguard = clientFor(
    server,
    adguardDnsAuth.password({
      username: creds.mfaUsername,
      password: creds.mfaPassword,
      mfaToken: () => {
        asked += 1;
        return creds.mfaToken;
      },
    }),
  );
  await adguard.op.listDevices();
  server.tokens.revokeAllRefreshTokens();
  server.tokens.revokeAllAccessTokens();
  const { response } = await adguard.op.listDevices();
  expect(response.status).toBe(200);
  expect(asked).toBe(2);
  expect(tokenRequests(server)).toEqual(["password:200", "refresh_token:401", "password:200"]);
});
