import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("a refresh token revoked at the server is tried once, then the password grant takes over", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  fx.server.tokens.revokeAllRefreshTokens();
  await fx.clock.advance(31 * 60_000);

  const { response } = await client.GET("/sample/v1/countries");
  expect(response.status).toBe(200);
  expect(fx.tokenCalls()).toEqual({ password: 2, refresh: 1, logout: 0 });
  const refreshAnswer = fx.server.requests().find((r) => r.path === "/auth/v1/token/refresh");
  expect(refreshAnswer?.status).toBe(401);
});
