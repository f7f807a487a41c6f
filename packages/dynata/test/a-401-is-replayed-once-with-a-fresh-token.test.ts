import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, projectBody, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("a 401 while the token looks valid gets a new token and one replay of the request, body intact", async () => {
  const client = fx.client();
  await client.GET("/sample/v1/countries");
  fx.server.faults.inject("POST /sample/v1/projects", { type: "unauthorized" });

  const { data, response } = await client.POST("/sample/v1/projects", {
    body: projectBody("replayed"),
  });
  expect(response.status).toBe(200);
  expect(data?.data.extProjectId).toBe("replayed");
  expect(data?.data.lineItems).toHaveLength(1);
  const posts = fx.server.state.requests.filter(
    (r) => r.method === "POST" && r.path === "/sample/v1/projects",
  );
  expect(posts.map((r) => r.status)).toEqual([401, 200]);
  // The session trades its refresh token rather than logging in again.
  expect(fx.server.state.auth.counts).toEqual({ password: 1, refresh: 1, logout: 0 });
});

test("a second 401 comes back to the caller instead of looping", async () => {
  const client = fx.client();
  fx.server.faults.inject("GET /sample/v1/countries", { type: "unauthorized" }, 5);
  const { error, response } = await client.GET("/sample/v1/countries");
  expect(response.status).toBe(401);
  expect(error).toMatchObject({ httpCode: 401, httpPhrase: "Unauthorized" });
  expect(fx.server.state.requests.filter((r) => r.path === "/sample/v1/countries")).toHaveLength(2);
  expect(fx.server.faults.pending()).toBe(3);
});
