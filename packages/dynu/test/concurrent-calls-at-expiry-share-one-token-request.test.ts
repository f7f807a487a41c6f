import { createFakeClock } from "@provider-clients/auth/testing";
import { afterEach, expect, it } from "vitest";
import { createDynuClient, dynuAuth } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("sends one token request for 50 concurrent calls, at start and again after the 8 hours", async () => {
  const clock = createFakeClock();
  server = await startFakeDynuServer({ clock });
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials(fakeDynuCredentials),
    baseUrl: server.url,
    clock,
  });
  const burst = async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => dynu.GET("/dns")));
    return results.map((r) => r.response.status);
  };
  expect(new Set(await burst())).toEqual(new Set([200]));
  expect(server.tokens.counts().requests).toBe(1);
  await clock.advance(8 * 60 * 60_000);
  expect(new Set(await burst())).toEqual(new Set([200]));
  expect(server.tokens.counts().requests).toBe(2);
});
