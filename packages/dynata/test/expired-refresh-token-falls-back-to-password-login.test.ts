import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  // Refresh tokens that outlive one access token by only a little.
  fx = await startDynataFixture({ refreshTokenSeconds: 3600 });
});
afterEach(() => fx.close());

test("once refreshExpiresIn has passed the client logs in again without trying the dead refresh token", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  await fx.server.clock.advance(61 * 60_000);
  const { response } = await client.GET("/sample/v1/countries");
  expect(response.status).toBe(200);
  expect(fx.server.state.auth.counts).toEqual({ password: 2, refresh: 0, logout: 0 });
});
