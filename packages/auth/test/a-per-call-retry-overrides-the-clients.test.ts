import { afterEach, expect, it } from "vitest";
import { sendJson, type TestServer } from "../src/testing/test-server.js";
import { startScriptedApi } from "./support/slow-or-failing-server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function alwaysUnavailable() {
  const api = await startScriptedApi((response) => sendJson(response, 503, { error: "down" }));
  servers.push(api.server);
  return api;
}

const fast = { baseDelayMs: 1, maxDelayMs: 1 };

it("sends a call with retry: false once, although the client retries a 503", async () => {
  const api = await alwaysUnavailable();
  const client = api.client({ retry: { retries: 2, ...fast } });
  const { response } = await client.GET("/dns", { retry: false });
  expect(response.status).toBe(503);
  expect(api.requests()).toBe(1);
  // The client's own policy is untouched for the next call.
  await client.GET("/dns");
  expect(api.requests()).toBe(1 + 3);
});

it("retries a call that asks for it on a client with retry: false, other fields from the client's", async () => {
  const api = await alwaysUnavailable();
  const client = api.client({ retry: false });
  await client.op.listDns({ retry: { retries: 1, ...fast } });
  expect(api.requests()).toBe(2);
  await client.GET("/dns");
  expect(api.requests()).toBe(3);
});

it("takes the fields a call leaves out from the client's policy", async () => {
  const api = await alwaysUnavailable();
  const client = api.client({ retry: { retries: 3, ...fast } });
  const started = Date.now();
  // The call sets only the base delay: 3 retries and the 1 ms cap still come from the client.
  await client.GET("/dns", { retry: { baseDelayMs: 1 } });
  expect(api.requests()).toBe(4);
  expect(Date.now() - started).toBeLessThan(5_000);
});

it("types retry as RetryOptions or false", () => {
  const check = (client: Awaited<ReturnType<typeof startScriptedApi>>["client"]) => {
    // @ts-expect-error true is not a policy
    void client().GET("/dns", { retry: true });
    // @ts-expect-error retries is a number
    void client().op.listDns({ retry: { retries: "2" } });
  };
  expect(check).toBeTypeOf("function");
});
