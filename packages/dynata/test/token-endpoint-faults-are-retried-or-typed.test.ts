import { afterEach, beforeEach, expect, test } from "vitest";
import { TokenRequestError } from "../src/index.js";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

// No waiting between attempts, so the fake clock never has to move.
const fastRetry = { retries: 2, baseDelayMs: 0, maxDelayMs: 0 };

test("a 503 or a reset connection on login is retried and the call succeeds", async () => {
  fx.server.faults.inject({ kind: "status", path: "/auth/v1/token/password", status: 503 });
  fx.server.faults.inject({ kind: "reset", path: "/auth/v1/token/password" });
  const client = fx.client({ retry: fastRetry });
  const { response } = await client.GET("/sample/v1/countries");
  expect(response.status).toBe(200);
  expect(fx.tokenCalls().password).toBe(1);
  expect(
    fx.server
      .requests()
      .filter((r) => r.path === "/auth/v1/token/password")
      .map((r) => r.status),
  ).toEqual([503, 0, 200]);
});

test("an HTML error page that keeps coming ends in TokenRequestError after the retries", async () => {
  fx.server.faults.inject({ kind: "html", path: "/auth/v1/token/password", status: 502, times: 3 });
  const client = fx.client({ retry: fastRetry });
  const failure = await client.GET("/sample/v1/countries").catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(TokenRequestError);
  expect(failure).toMatchObject({ status: 502, attempts: 3 });
  // No API call went out without a token.
  expect(fx.server.requests().filter((r) => r.path === "/sample/v1/countries")).toHaveLength(0);
});

test("a 200 with a broken body is an invalid_token_response, not a retry storm", async () => {
  fx.server.faults.inject({ kind: "invalid-json", path: "/auth/v1/token/password" });
  const client = fx.client({ retry: fastRetry });
  const failure = await client.GET("/sample/v1/countries").catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(TokenRequestError);
  expect(failure).toMatchObject({ code: "invalid_token_response" });
  expect(fx.server.requests().filter((r) => r.path === "/auth/v1/token/password")).toHaveLength(1);
});

test("the next call after a failed login tries again and succeeds", async () => {
  fx.server.faults.inject({
    kind: "status",
    path: "/auth/v1/token/password",
    status: 500,
    times: 3,
  });
  const client = fx.client({ retry: fastRetry });
  await client.GET("/sample/v1/countries").catch(() => undefined);
  const { response } = await client.GET("/sample/v1/countries");
  expect(response.status).toBe(200);
});
