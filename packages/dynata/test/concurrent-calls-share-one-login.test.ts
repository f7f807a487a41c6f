import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("fifty concurrent first calls cause one login, and fifty at expiry one refresh", async () => {
  const client = fx.client();
  const burst = () =>
    Promise.all(Array.from({ length: 50 }, () => client.GET("/sample/v1/countries")));
  expect((await burst()).every((r) => r.response.status === 200)).toBe(true);
  expect(fx.tokenCalls()).toEqual({ password: 1, refresh: 0, logout: 0 });

  await fx.clock.advance(30 * 60_000);
  expect((await burst()).every((r) => r.response.status === 200)).toBe(true);
  expect(fx.tokenCalls()).toEqual({ password: 1, refresh: 1, logout: 0 });
});
