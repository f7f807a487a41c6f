import { createFakeClock, type FakeClock } from "@provider-clients/auth/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";

let server: FakeDnsimpleServer;
let clock: FakeClock;
beforeEach(async () => {
  clock = createFakeClock();
  server = await startFakeDnsimpleServer({ clock });
});
afterEach(() => server.close());

// Runs `call` while moving the fake clock past each backoff sleep.
async function withBackoff<T>(call: Promise<T>): Promise<T> {
  let done = false;
  const settled = call.finally(() => {
    done = true;
  });
  while (!done) {
    await Promise.race([clock.untilSleeping(1), settled.catch(() => undefined)]);
    if (!done) await clock.advance(10_000);
  }
  return settled;
}

describe("transient failures", () => {
  it("a GET is retried after a connection reset and an HTML 502", async () => {
    server.faults.inject({ kind: "reset", path: "/v2/whoami" });
    server.faults.inject({ kind: "html", path: "/v2/whoami" });
    const result = await withBackoff(clientFor(server, { clock }).op.whoami());
    expect(result.response.status).toBe(200);
    expect(server.count({ method: "GET", path: "/v2/whoami" })).toBe(3);
  });

  it("a POST that got a 500 is not repeated", async () => {
    const path = `/v2/${server.account.id}/domains`;
    server.faults.inject({ kind: "status", status: 500, method: "POST", path });
    const result = await clientFor(server, { clock }).op.createDomain({
      params: { path: { account: server.account.id } },
      body: { name: "once.test" },
    });
    expect(result.response.status).toBe(500);
    expect(server.count({ method: "POST", path: path })).toBe(1);
  });

  it("a body that is not JSON under a JSON content type surfaces as an error, not a crash later", async () => {
    server.faults.inject({ kind: "invalid-json", path: "/v2/whoami" });
    await expect(clientFor(server, { clock }).op.whoami()).rejects.toThrow();
  });
});
