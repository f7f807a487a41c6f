import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("after 30 minutes the next call refreshes once, with the rotating refresh token, and keeps working", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  const first = fx.tokens[0]!;

  await fx.clock.advance(31 * 60_000);
  const { response } = await client.GET("/sample/v1/countries");
  expect(response.status).toBe(200);
  expect(fx.tokenCalls()).toEqual({ password: 1, refresh: 1, logout: 0 });

  const refresh = fx.sent.find((r) => r.url.endsWith("/auth/v1/token/refresh"))!;
  expect(JSON.parse(refresh.body)).toEqual({ clientId: "api", refreshToken: first.refreshToken });
  const second = fx.tokens[1]!;
  expect(second.refreshToken).not.toBe(first.refreshToken);
  expect(second.accessToken).not.toBe(first.accessToken);
  // Rotation: the spent refresh token is gone, only the new pair's refresh token is live.
  expect(fx.server.tokens.counts().activeRefreshTokens).toBe(1);
});

test("the refresh happens a few minutes before expiry, not after a failed call", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  // 28 minutes in: inside the margin a 30-minute token gets, still valid at the server.
  await fx.clock.advance(28 * 60_000);
  await client.GET("/sample/v1/countries");
  expect(fx.tokenCalls().refresh).toBe(1);
  expect(fx.server.requests().filter((r) => r.status === 401)).toHaveLength(0);
});

test("many hours of calls every ten minutes need one login and one refresh per token lifetime", async () => {
  const client = fx.client();
  for (let minute = 0; minute < 6 * 60; minute += 10) {
    const { response } = await client.GET("/sample/v1/countries");
    expect(response.status).toBe(200);
    await fx.clock.advance(10 * 60_000);
  }
  const { password, refresh } = fx.tokenCalls();
  expect(password).toBe(1);
  // A token is due 27 minutes in (30 minus its 3-minute margin); at 10-minute steps that is the
  // call at minute 30, 60, ... 330: eleven refreshes.
  expect(refresh).toBe(11);
  expect(fx.server.requests().filter((r) => r.status === 401)).toHaveLength(0);
});
