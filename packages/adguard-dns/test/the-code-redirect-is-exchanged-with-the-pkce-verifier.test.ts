import { expect, it } from "vitest";
import { adguardDnsAuth, ReauthenticationRequiredError } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { visit } from "./support/browser.js";
import {
  clientFor,
  grantCount,
  recordingFetch,
  revocations,
  startFake,
  tokenRequests,
} from "./support/fake.js";

it("exchanges the code with grant_type=authorization_code, client_id, code_verifier and redirect_uri", async () => {
  const server = await startFake();
  const { url, state, codeVerifier } = await adguardDnsAuth.authorizeUrl({
    clientId: creds.clientId,
    redirectUri: creds.redirectUri,
    responseType: "code",
    baseUrl: server.url,
  });
  const redirect = await visit(url);
  expect(new URL(redirect).searchParams.get("state")).toBe(state);

  const auth = adguardDnsAuth.fromRedirect(redirect, {
    expectedState: state,
    clientId: creds.clientId,
    codeVerifier,
    redirectUri: creds.redirectUri,
  });
  expect(grantCount(server)).toBe(0);

  const recorder = recordingFetch();
  const adguard = clientFor(server, auth, { fetch: recorder.fetch });
  expect((await adguard.op.listDevices()).response.status).toBe(200);
  expect(Object.fromEntries(new URLSearchParams(recorder.seen[0]!.body))).toEqual({
    grant_type: "authorization_code",
    code: new URL(redirect).searchParams.get("code"),
    client_id: creds.clientId,
    code_verifier: codeVerifier,
    redirect_uri: creds.redirectUri,
  });
  expect(adguard.session.state()).toMatchObject({ status: "valid", hasRefreshToken: true });

  // The session refreshes and revokes like the password flow.
  await server.clock.advance(31 * 24 * 3600 * 1000);
  expect((await adguard.op.listDevices()).response.status).toBe(200);
  await adguard.session.revoke();
  expect(tokenRequests(server)).toEqual(["authorization_code:200", "refresh_token:200"]);
  expect(revocations(server)).toBe(1);
});

it("a wrong verifier is refused by the server and the code cannot be tried again", async () => {
  const server = await startFake();
  const start = await adguardDnsAuth.authorizeUrl({
    clientId: creds.clientId,
    redirectUri: creds.redirectUri,
    responseType: "code",
    baseUrl: server.url,
  });
  const redirect = await visit(start.url);
  const other = await adguardDnsAuth.authorizeUrl({
    clientId: creds.clientId,
    redirectUri: creds.redirectUri,
    responseType: "code",
  });
  const auth = adguardDnsAuth.fromRedirect(redirect, {
    expectedState: start.state,
    clientId: creds.clientId,
    codeVerifier: other.codeVerifier,
    redirectUri: creds.redirectUri,
  });
  const adguard = clientFor(server, auth);
  const failure = await adguard.op.listDevices().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ReauthenticationRequiredError);
  expect((failure as Error).cause).toMatchObject({ status: 401, error: "unauthorized" });
  await expect(adguard.op.listDevices()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
  expect(grantCount(server, "authorization_code")).toBe(1);
});

it("a code redirect without the verifier is refused before any request", async () => {
  const server = await startFake();
  const start = await adguardDnsAuth.authorizeUrl({
    clientId: creds.clientId,
    redirectUri: creds.redirectUri,
    responseType: "code",
    baseUrl: server.url,
  });
  const redirect = await visit(start.url);
  expect(() =>
    adguardDnsAuth.fromRedirect(redirect, { expectedState: start.state, clientId: creds.clientId }),
  ).toThrow(/clientId, codeVerifier and redirectUri/);
  expect(grantCount(server)).toBe(0);
});
