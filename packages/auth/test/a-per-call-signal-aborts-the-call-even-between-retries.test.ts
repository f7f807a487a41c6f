import { afterEach, expect, it } from "vitest";
import { sendJson, type TestServer } from "../src/testing/test-server.js";
import { after, startScriptedApi } from "./support/slow-or-failing-server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

it("aborts while the call waits to retry, and sends nothing more", async () => {
  let answered!: () => void;
  const firstAnswer = new Promise<void>((resolve) => {
    answered = resolve;
  });
  // 429 with Retry-After: 30 s, so the call sits in its wait between attempts.
  const api = await startScriptedApi((response) => {
    sendJson(response, 429, { error: "slow down" }, { "retry-after": "30" });
    answered();
  });
  servers.push(api.server);
  const client = api.client();
  const controller = new AbortController();
  const started = Date.now();
  const pending = client.GET("/dns", { signal: controller.signal });
  await firstAnswer;
  await new Promise((resolve) => setTimeout(resolve, 50));
  controller.abort(new Error("caller gave up"));
  await expect(pending).rejects.toThrow("caller gave up");
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(api.requests()).toBe(1);
});

it("aborts an attempt in flight with the caller's reason, not a timeout or network error", async () => {
  const api = await startScriptedApi(after(5_000));
  servers.push(api.server);
  const client = api.client({ timeoutMs: 10_000 });
  const controller = new AbortController();
  const pending = client.op.listDns({ signal: controller.signal });
  // Abort only once the attempt has reached the server, however slow the machine is.
  while (api.requests() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  controller.abort(new Error("caller gave up"));
  await expect(pending).rejects.toThrow("caller gave up");
  expect(api.requests()).toBe(1);
});

it("does not touch the client's other calls", async () => {
  const api = await startScriptedApi(after(10));
  servers.push(api.server);
  const client = api.client();
  const controller = new AbortController();
  controller.abort(new Error("caller gave up"));
  await expect(client.GET("/dns", { signal: controller.signal })).rejects.toThrow("caller gave up");
  expect((await client.GET("/dns")).data).toEqual({ ok: true });
});
