import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

describe("a revoked access token", () => {
  it("answers 401 { message } once; a static token has nothing to refresh, so no replay", async () => {
    const client = clientFor(server);
    expect((await client.op.whoami()).response.status).toBe(200);
    server.tokens.revoke(server.accessToken);
    const result = await client.op.whoami();
    expect(result.response.status).toBe(401);
    expect(result.error).toEqual({ message: "Authentication failed" });
    expect(server.count({ method: "GET", path: "/v2/whoami" })).toBe(2);
    expect(client.session.state()).toEqual({ kind: "static", status: "static" });
  });
});
