import { expect, it } from "vitest";
import { adguardDnsAuth, ReauthenticationRequiredError } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { clientFor, grantCount, recordingFetch, startFake, tokenRequests } from "./support/fake.js";

// Logs in once with the password grant to get a real refresh token from the fake.
async function refreshTokenFrom(url: string): Promise<string> {
  const response = await fetch(`${url}/oapi/v1/oauth_token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "password",
      username: creds.username,
      password: creds.password,
    }),
  });
  const body = (await response.json()) as { refresh_token: string };
  return body.refresh_token;
}

it("starts from a refresh token with grant_type=refresh_token and keeps the rotated one", async () => {
  const server = await startFake({ accessTokenTtlSeconds: 3600 });
  const given = await refreshTokenFrom(server.url);
  const recorder = recordingFetch();
  const adguard = clientFor(server, adguardDnsAuth.refreshToken(given), { fetch: recorder.fetch });

  expect((await adguard.op.listDevices()).response.status).toBe(200);
  expect(Object.fromEntries(new URLSearchParams(recorder.seen[0]!.body))).toEqual({
    grant_type: "refresh_token",
    refresh_token: given,
  });

  await server.clock.advance(3600 * 1000);
  expect((await adguard.op.listDevices()).response.status).toBe(200);
  const refreshes = recorder.seen.filter((r) => r.url.endsWith("/oapi/v1/oauth_token"));
  expect(refreshes).toHaveLength(2);
  // The second refresh spends the rotated token, not the given (now retired) one.
  const second = new URLSearchParams(refreshes[1]!.body).get("refresh_token");
  expect(second).not.toBe(given);
  expect(tokenRequests(server)).toEqual(["password:200", "refresh_token:200", "refresh_token:200"]);
});

it("a rejected refresh token asks for re-authentication instead of looping", async () => {
  const server = await startFake();
  const adguard = clientFor(server, adguardDnsAuth.refreshToken("not-a-real-refresh-token"));
  const failure = await adguard.op.listDevices().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ReauthenticationRequiredError);
  expect(failure).toMatchObject({ code: "reauthentication_required" });
  const again = await adguard.op.listDevices().catch((error: unknown) => error);
  expect(again).toBeInstanceOf(ReauthenticationRequiredError);
  expect(grantCount(server, "refresh_token")).toBe(1);
});
