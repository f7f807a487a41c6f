import { afterEach, expect, it } from "vitest";
import { RequestTimeoutError } from "../src/errors/request-timeout-error.js";
import type { TestServer } from "../src/testing/test-server.js";
import { after, startScriptedApi } from "./support/slow-or-failing-server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

it("rejects with RequestTimeoutError once the call's own timeout passes, long before the client's", async () => {
  const api = await startScriptedApi(after(10_000));
  servers.push(api.server);
  const client = api.client(); // the client's timeout: the default 30 s
  const started = Date.now();
  const error = await client.GET("/dns", { timeoutMs: 100, retry: false }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestTimeoutError);
  expect((error as RequestTimeoutError).timeoutMs).toBe(100);
  expect((error as Error).message).toBe(`GET ${api.server.url}/dns: no response within 100 ms`);
  // The server answers after 10 s: anything near that means the call's timeout was ignored.
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(api.requests()).toBe(1);
}, 20_000);

it("gives every retry of the call the call's timeout", async () => {
  const api = await startScriptedApi(after(10_000));
  servers.push(api.server);
  const client = api.client({ retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 1 } });
  const started = Date.now();
  const error = await client.op.listDns({ timeoutMs: 100 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestTimeoutError);
  expect(api.requests()).toBe(3);
  expect(Date.now() - started).toBeLessThan(8_000);
}, 20_000);

it("can give a call more time than the client gives the others", async () => {
  const api = await startScriptedApi(after(300));
  servers.push(api.server);
  const client = api.client({ timeoutMs: 50, retry: false });
  expect((await client.GET("/dns", { timeoutMs: 5_000 })).data).toEqual({ ok: true });
  await expect(client.GET("/dns")).rejects.toBeInstanceOf(RequestTimeoutError);
  // 0 switches the deadline off for this call only.
  expect((await client.GET("/dns", { timeoutMs: 0 })).data).toEqual({ ok: true });
});

it("types timeoutMs as a number of milliseconds", () => {
  const check = (client: Awaited<ReturnType<typeof startScriptedApi>>["client"]) => {
    // @ts-expect-error a string is not a timeout
    void client().GET("/dns", { timeoutMs: "100" });
    // @ts-expect-error nor on calls by operation id
    void client().op.listDns({ timeoutMs: "100" });
  };
  expect(check).toBeTypeOf("function");
});
