import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { clientFor, grantCount, recordingFetch, startFake } from "./support/fake.js";

it("accessToken(token) sends Authorization: Bearer and never calls the token endpoint", async () => {
  const server = await startFake();
  const login = await fetch(`${server.url}/oapi/v1/oauth_token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "password",
      username: creds.username,
      password: creds.password,
    }),
  });
  const { access_token: token } = (await login.json()) as { access_token: string };

  const recorder = recordingFetch();
  const adguard = clientFor(server, adguardDnsAuth.accessToken(token), { fetch: recorder.fetch });
  expect((await adguard.op.getAccountLimits()).response.status).toBe(200);
  expect(recorder.seen.map((r) => r.headers.get("authorization"))).toEqual([`Bearer ${token}`]);
  expect(adguard.session.state()).toEqual({ kind: "static", status: "static" });

  // Nothing can refresh a bare token: once the server drops it the caller sees the 401.
  server.tokens.revokeAllAccessTokens();
  expect((await adguard.op.getAccountLimits()).response.status).toBe(401);
  expect(grantCount(server)).toBe(1);
});
