import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("session.revoke() posts clientId, refreshToken and accessToken to /auth/v1/logout and the tokens stop working", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  const tokens = fx.tokens[0]!;

  await client.session.revoke();
  const logout = fx.sent.find((r) => r.url.endsWith("/auth/v1/logout"))!;
  expect(logout.method).toBe("POST");
  expect(JSON.parse(logout.body)).toEqual({
    clientId: "api",
    refreshToken: tokens.refreshToken,
    accessToken: tokens.accessToken,
  });
  expect(fx.server.requests().find((r) => r.path === "/auth/v1/logout")?.status).toBe(204);
  expect(fx.server.tokens.counts()).toMatchObject({ liveAccessTokens: 0, activeRefreshTokens: 0 });
  expect(client.session.state().status).toBe("empty");

  // The old access token is refused by the API now.
  const direct = await fetch(`${fx.server.url}/sample/v1/countries`, {
    headers: { authorization: `Bearer ${tokens.accessToken}` },
  });
  expect(direct.status).toBe(401);
});

test("a client used after revoke logs in again with the password", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  await client.session.revoke();
  const { response } = await client.GET("/sample/v1/countries");
  expect(response.status).toBe(200);
  expect(fx.tokenCalls()).toEqual({ password: 2, refresh: 0, logout: 1 });
});
