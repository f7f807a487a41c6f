import { createFakeClock } from "@provider-clients/auth/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rateLimitOf } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";

let server: FakeDnsimpleServer;
const clock = createFakeClock(Date.UTC(2024, 0, 1, 12));
beforeEach(async () => {
  server = await startFakeDnsimpleServer({ clock, rateLimit: { limit: 3 } });
});
afterEach(() => server.close());

describe("rateLimitOf", () => {
  it("reads limit, remaining and the reset time from every answer, errors included", async () => {
    const client = clientFor(server, { retry: false });
    const first = await client.op.whoami();
    expect(rateLimitOf(first)).toEqual({
      limit: 3,
      remaining: 2,
      resetAt: Date.UTC(2024, 0, 1, 13),
    });
    // The fake's Date header follows its clock, so tests can stage clock skew.
    expect(first.response.headers.get("date")).toBe("Mon, 01 Jan 2024 12:00:00 GMT");
    const second = await client.op.getDomain({
      params: { path: { account: server.account.id, domain: "nope.test" } },
    });
    expect(second.response.status).toBe(404);
    expect(rateLimitOf(second.response)).toMatchObject({ remaining: 1 });
    await client.op.whoami();
    const throttled = await client.op.whoami();
    expect(throttled.response.status).toBe(429);
    expect(throttled.error).toEqual({ message: "quota exceeded" });
    expect(rateLimitOf(throttled)).toMatchObject({ limit: 3, remaining: 0 });
  });

  it("is undefined when the headers are missing or not numbers", () => {
    expect(rateLimitOf(new Response("{}"))).toBeUndefined();
    const partial = new Response("{}", {
      headers: { "X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "x" },
    });
    expect(rateLimitOf(partial)).toBeUndefined();
  });
});
