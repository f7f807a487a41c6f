import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDnsimpleClient, dnsimpleAuth, RequestTimeoutError } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

describe("timeoutMs", () => {
  it("gives up on an answer that does not come in time", async () => {
    server.faults.inject({ kind: "delay", ms: 500, path: "/v2/whoami" });
    const client = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(server.accessToken),
      baseUrl: server.url,
      timeoutMs: 50,
      retry: false,
    });
    const error = await client.op.whoami().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toMatchObject({ code: "request_timeout", timeoutMs: 50 });
  });
});
