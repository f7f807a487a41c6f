import { createFakeClock } from "@provider-clients/auth/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDnsimpleClient, dnsimpleAuth } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { authorizedExchange } from "./support/code-flow.js";

const clock = createFakeClock();
let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer({ clock });
});
afterEach(() => server.close());

describe("a token from the code flow", () => {
  it("still works a year later on the fake clock without another token request", async () => {
    const token = await dnsimpleAuth.exchangeCode({ ...(await authorizedExchange(server)), clock });
    const client = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(token),
      baseUrl: server.url,
      clock,
    });
    expect((await client.op.whoami()).response.status).toBe(200);
    await clock.advance(365 * 24 * 60 * 60_000);
    expect((await client.op.whoami()).response.status).toBe(200);
    expect(server.count({ method: "POST", path: "/v2/oauth/access_token" })).toBe(1);
  });

  it("has nothing to revoke at DNSimple: session.revoke() sends no request", async () => {
    const token = await dnsimpleAuth.exchangeCode(await authorizedExchange(server));
    const client = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(token),
      baseUrl: server.url,
    });
    const before = server.requests().length;
    await client.session.revoke();
    expect(server.requests().length).toBe(before);
  });
});
