import { createFakeClock, type FakeClock } from "@provider-clients/auth/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dnsimpleAuth } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";
import { authorizedExchange } from "./support/code-flow.js";

let server: FakeDnsimpleServer;
let clock: FakeClock;
beforeEach(async () => {
  clock = createFakeClock();
  server = await startFakeDnsimpleServer({ clock });
});
afterEach(() => server.close());

describe("a 429 answer", () => {
  it("without Retry-After waits until X-RateLimit-Reset, then retries", async () => {
    // DNSimple says when through X-RateLimit-Reset: the fault's seconds go there, not into Retry-After.
    server.faults.inject({ kind: "rate-limited", path: "/v2/whoami", retryAfterSeconds: 30 });
    const client = clientFor(server, { clock });
    const call = client.op.whoami();
    await clock.untilSleeping(1);
    const start = clock.now();
    await clock.advance(30_000);
    const result = await call;
    expect(result.response.status).toBe(200);
    expect(clock.now() - start).toBe(30_000);
    expect(server.count({ method: "GET", path: "/v2/whoami" })).toBe(2);
  });

  it("with Retry-After waits for it, even on a POST", async () => {
    const path = `/v2/${server.account.id}/domains`;
    server.faults.inject({
      kind: "rate-limited",
      method: "POST",
      path,
      retryAfterSeconds: 600,
      headers: { "retry-after": "7" },
    });
    const client = clientFor(server, { clock });
    const call = client.op.createDomain({
      params: { path: { account: server.account.id } },
      body: { name: "late.test" },
    });
    await clock.untilSleeping(1);
    await clock.advance(7_000);
    expect((await call).response.status).toBe(201);
    expect(server.count({ method: "POST", path: path })).toBe(2);
  });

  it("whose reset is further away than maxRetryAfterMs comes back at once", async () => {
    server.faults.inject({ kind: "rate-limited", path: "/v2/whoami", retryAfterSeconds: 3600 });
    const client = clientFor(server, { clock });
    const result = await client.op.whoami();
    expect(result.response.status).toBe(429);
    expect(result.response.url).toBe(`${server.url}/whoami`);
    expect(server.count({ method: "GET", path: "/v2/whoami" })).toBe(1);
  });

  it("at the token endpoint also waits for X-RateLimit-Reset", async () => {
    const options = await authorizedExchange(server);
    server.faults.inject({
      kind: "rate-limited",
      path: "/v2/oauth/access_token",
      retryAfterSeconds: 15,
    });
    const exchange = dnsimpleAuth.exchangeCode({ ...options, retry: { retries: 1 }, clock });
    await clock.untilSleeping(1);
    await clock.advance(15_000);
    expect((await exchange).accountId).toBe(server.account.id);
    expect(server.count({ method: "POST", path: "/v2/oauth/access_token" })).toBe(2);
  });
});
