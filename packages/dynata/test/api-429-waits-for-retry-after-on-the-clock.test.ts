import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("a 429 with Retry-After: 7 is retried only after seven seconds of the client's clock", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  fx.server.faults.inject({
    kind: "rate-limited",
    method: "GET",
    path: "/sample/v1/countries",
    retryAfterSeconds: 7,
  });

  const pending = client.GET("/sample/v1/countries");
  await fx.clock.untilSleeping(1);
  await fx.clock.advance(6_999);
  expect(fx.server.requests().filter((r) => r.path === "/sample/v1/countries")).toHaveLength(2);
  await fx.clock.advance(1);
  const { response } = await pending;
  expect(response.status).toBe(200);
  expect(
    fx.server
      .requests()
      .filter((r) => r.path === "/sample/v1/countries")
      .map((r) => r.status),
  ).toEqual([200, 429, 200]);
});

test("a POST that fails with 503 is not repeated: creating twice could buy twice", async () => {
  const client = fx.client();
  fx.server.faults.inject({
    kind: "status",
    method: "POST",
    path: "/sample/v1/projects",
    status: 503,
  });
  const { response } = await client.POST("/sample/v1/projects", {
    body: { extProjectId: "once", category: { surveyTopic: ["X"] }, lineItems: [] },
  });
  expect(response.status).toBe(503);
  expect(
    fx.server.requests().filter((r) => r.method === "POST" && r.path === "/sample/v1/projects"),
  ).toHaveLength(1);
});
