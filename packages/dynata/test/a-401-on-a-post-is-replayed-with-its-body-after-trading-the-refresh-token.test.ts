import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, projectBody, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("a 401 on a POST trades the refresh token (no second login) and replays the request with its body", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  fx.server.faults.inject({ kind: "expired-token", method: "POST", path: "/sample/v1/projects" });

  const { data, response } = await client.POST("/sample/v1/projects", {
    body: projectBody("replayed"),
  });
  expect(response.status).toBe(200);
  expect(data?.data.extProjectId).toBe("replayed");
  expect(data?.data.lineItems).toHaveLength(1);
  const posts = fx.server
    .requests()
    .filter((r) => r.method === "POST" && r.path === "/sample/v1/projects");
  expect(posts.map((r) => r.status)).toEqual([401, 200]);
  // The session trades its refresh token rather than logging in again.
  expect(fx.tokenCalls()).toEqual({ password: 1, refresh: 1, logout: 0 });
});
