import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("once refreshExpiresIn has passed the client logs in again without trying the dead refresh token", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  // Past the refresh token's 24 hours, not only the access token's 30 minutes.
  await fx.clock.advance(24 * 60 * 60_000 + 60_000);
  const { response } = await client.GET("/sample/v1/countries");
  expect(response.status).toBe(200);
  expect(fx.tokenCalls()).toEqual({ password: 2, refresh: 0, logout: 0 });
});
