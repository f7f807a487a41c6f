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

async function setup() {
  const clock = createFakeClock();
  server = await startFakeDynuServer({ clock });
  const dynu = createDynuClient({
    auth: dynuAuth.apiKey(fakeDynuCredentials.apiKey),
    baseUrl: server.url,
    clock,
    retry: { retries: 2, baseDelayMs: 100, maxDelayMs: 1_000 },
  });
  return { clock, server, dynu };
}

it("retries a GET after a 503 and after a dropped connection, with backoff on the clock", async () => {
  const { clock, server, dynu } = await setup();
  server.faults.inject({ kind: "status", status: 503, method: "GET", path: "/dns" });
  server.faults.inject({ kind: "reset", method: "GET", path: "/dns" });
  const call = dynu.GET("/dns");
  for (let i = 0; i < 2; i++) {
    await clock.untilSleeping();
    await clock.advance(1_000);
  }
  expect((await call).response.status).toBe(200);
  expect(server.requests({ route: "api" }).map((r) => r.status)).toEqual([503, 0, 200]);
});

it("does not repeat a POST after a 503", async () => {
  const { server, dynu } = await setup();
  server.faults.inject({ kind: "status", status: 503, method: "POST", path: "/dns" });
  const { response, error } = await dynu.POST("/dns", { body: { name: "once.example" } });
  expect(response.status).toBe(503);
  expect(error?.exception?.statusCode).toBe(503);
  expect(server.requests({ route: "api" })).toHaveLength(1);
  expect(server.state("domains").length).toBe(0);
});

it("waits exactly the Retry-After of a 429 before asking again", async () => {
  const { clock, server, dynu } = await setup();
  server.faults.inject({ kind: "rate-limited", retryAfterSeconds: 3, method: "GET", path: "/dns" });
  let settled = false;
  const call = dynu.GET("/dns").finally(() => {
    settled = true;
  });
  await clock.untilSleeping();
  await clock.advance(2_999);
  expect(settled).toBe(false);
  expect(server.requests({ route: "api" }).map((r) => r.status)).toEqual([429]);
  await clock.advance(1);
  expect((await call).response.status).toBe(200);
  expect(server.requests({ route: "api" }).map((r) => r.status)).toEqual([429, 200]);
});

it("retries the token endpoint after a 500 and then uses the token", async () => {
  const clock = createFakeClock();
  server = await startFakeDynuServer({ clock });
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials(fakeDynuCredentials),
    baseUrl: server.url,
    clock,
  });
  server.faults.inject({ kind: "status", status: 500, method: "GET", path: "/v2/oauth2/token" });
  const call = dynu.GET("/dns");
  await clock.untilSleeping();
  await clock.advance(60_000);
  expect((await call).response.status).toBe(200);
  expect(server.tokens.counts().requests).toBe(2);
  expect(server.tokens.counts().issued).toBe(1);
});
