import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dnsimpleAuth, StateMismatchError } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

const exchange = (state: string, expectedState: string) =>
  dnsimpleAuth.exchangeCode({
    clientId: server.app.clientId,
    clientSecret: server.app.clientSecret,
    code: "any-code",
    redirectUri: server.app.redirectUri,
    state,
    expectedState,
    baseUrl: server.url,
  });

describe("exchangeCode's state check", () => {
  it("throws StateMismatchError for a different state and sends nothing", async () => {
    const error = await exchange("attacker-state", "my-state").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateMismatchError);
    expect((error as StateMismatchError).code).toBe("state_mismatch");
    expect(String(error)).not.toContain("attacker-state");
    expect(server.requests()).toHaveLength(0);
  });

  it("throws StateMismatchError for a missing state and sends nothing", async () => {
    await expect(exchange("", "my-state")).rejects.toBeInstanceOf(StateMismatchError);
    await expect(exchange("my-state", "")).rejects.toBeInstanceOf(StateMismatchError);
    expect(server.requests()).toHaveLength(0);
  });
});
