import { afterEach, expect, it } from "vitest";
import { type FakeServer, startFakeServer } from "../src/testing/index.js";
import { kitConfig, withKey } from "./support/kit-fixture.js";

let fake: FakeServer | undefined;
afterEach(() => fake?.close());

it("routes /widgets/mine to its own operation, not to /widgets/{id}, and refuses the rest in the provider's shape", async () => {
  fake = await startFakeServer(kitConfig);
  const mine = await fetch(`${fake.url}/widgets/mine`, { headers: withKey });
  expect(mine.status).toBe(200);
  const wrongMethod = await fetch(`${fake.url}/widgets/mine`, { method: "PUT", headers: withKey });
  expect(wrongMethod.status).toBe(405);
  expect(await wrongMethod.json()).toMatchObject({ kind: "method-not-allowed" });
  const unknown = await fetch(`${fake.url}/gadgets`, { headers: withKey });
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toMatchObject({ kind: "not-found", message: "No such endpoint." });
  const outside = await fetch(`${fake.origin}/widgets`, { headers: withKey });
  expect(outside.status).toBe(404);
  expect(fake.requests().map((r) => [r.operationId, r.status])).toEqual([
    ["mineWidgets", 200],
    [undefined, 405],
    [undefined, 404],
    [undefined, 404],
  ]);
  expect(fake.count({ operationId: "mineWidgets" })).toBe(1);
});

it("asks for a credential only where the operation's security does", async () => {
  fake = await startFakeServer(kitConfig);
  expect((await fetch(`${fake.url}/health`)).status).toBe(200);
  const refused = await fetch(`${fake.url}/widgets`);
  expect(refused.status).toBe(401);
  expect(await refused.json()).toMatchObject({ kind: "unauthorized" });
  const wrongKey = await fetch(`${fake.url}/widgets`, {
    headers: { authorization: "ApiKey nope" },
  });
  expect(wrongKey.status).toBe(401);
  expect(fake.requests().map((r) => r.credential)).toEqual(["none", "none", "invalid"]);
});
