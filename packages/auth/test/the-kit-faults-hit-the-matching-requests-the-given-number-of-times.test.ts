import { afterEach, expect, it } from "vitest";
import { type FakeServer, startFakeServer } from "../src/testing/index.js";
import { kitConfig, withKey } from "./support/kit-fixture.js";

let fake: FakeServer | undefined;
afterEach(() => fake?.close());

it("answers each fault kind with the same name on any provider, only for matching requests and only as often as asked", async () => {
  fake = await startFakeServer(kitConfig);
  const server = fake;
  const get = (path = "/widgets") => fetch(`${server.url}${path}`, { headers: withKey });
  fake.faults.inject({ kind: "status", status: 503, operationId: "listWidgets", times: 2 });
  fake.faults.inject({ kind: "rate-limited", retryAfterSeconds: 7, path: "/widgets/{id}" });
  expect((await get("/health")).status).toBe(200);
  const first = await get();
  expect([first.status, await first.json()]).toEqual([
    503,
    { message: "Injected failure.", kind: "server-error", problems: [] },
  ]);
  expect((await get()).status).toBe(503);
  expect((await get()).status).toBe(200);
  const limited = await get("/widgets/5");
  expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "7"]);
  expect(fake.faults.pending()).toBe(0);

  fake.faults.inject({ kind: "invalid-json", method: "GET", path: "/api/widgets" });
  const broken = await get();
  expect([broken.status, broken.headers.get("content-type")]).toEqual([
    200,
    "application/json; charset=utf-8",
  ]);
  await expect(broken.json()).rejects.toThrow();
  fake.faults.inject({ kind: "html" });
  const page = await get();
  expect([page.status, (await page.text()).startsWith("<!DOCTYPE html>")]).toEqual([502, true]);
  fake.faults.inject({ kind: "empty", status: 200 });
  expect(await (await get()).text()).toBe("");
  fake.faults.inject({ kind: "expired-token" });
  expect((await get()).status).toBe(401);
  fake.faults.inject({ kind: "reset" });
  await expect(get()).rejects.toThrow();
  fake.faults.inject({ kind: "delay", ms: 50 });
  const started = Date.now();
  expect((await get()).status).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  fake.faults.inject({ kind: "status", status: 500, times: Number.POSITIVE_INFINITY });
  expect(fake.faults.pending()).toBe(Number.POSITIVE_INFINITY);
  fake.faults.clear();
  expect((await get()).status).toBe(200);

  expect(fake.requests({ status: 0 })).toHaveLength(1);
  expect(
    fake
      .requests()
      .filter((r) => r.fault)
      .map((r) => r.fault),
  ).toEqual([
    "status",
    "status",
    "rate-limited",
    "invalid-json",
    "html",
    "empty",
    "expired-token",
    "reset",
  ]);
});
