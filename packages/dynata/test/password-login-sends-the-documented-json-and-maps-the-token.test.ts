import { afterEach, beforeEach, expect, test } from "vitest";
import { OAuthError } from "../src/index.js";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("the first call logs in with clientId, username and password as JSON and turns lifetimes into absolute times", async () => {
  const client = fx.client();
  const start = fx.clock.now();
  const { response } = await client.GET("/sample/v1/countries");
  expect(response.status).toBe(200);

  const login = fx.sent.find((r) => r.url.endsWith("/auth/v1/token/password"))!;
  expect(login.method).toBe("POST");
  expect(login.headers.get("content-type")).toBe("application/json");
  expect(login.headers.get("authorization")).toBeNull();
  expect(JSON.parse(login.body)).toEqual({
    clientId: "api",
    username: "demo-user",
    password: "demo-password",
  });

  const api = fx.sent.find((r) => r.url.endsWith("/sample/v1/countries"))!;
  expect(api.headers.get("authorization")).toMatch(/^Bearer at_/);

  expect(fx.tokens).toHaveLength(1);
  const [set] = fx.tokens;
  expect(set!.tokenType).toBe("Bearer");
  expect(set!.expiresAt).toBe(start + 1800 * 1000);
  expect(set!.refreshExpiresAt).toBe(start + 86_400 * 1000);
  expect(set!.refreshToken).toMatch(/^rt_/);
  expect(client.session.state()).toMatchObject({ status: "valid", hasRefreshToken: true });
});

test("a wrong password is an OAuthError carrying the fake's invalid_grant code", async () => {
  const client = fx.client({ login: { password: "not-the-password" }, throwOnError: true });
  const failure = await client.GET("/sample/v1/countries").catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(OAuthError);
  expect(failure).toMatchObject({ status: 401, error: "invalid_grant" });
  expect(fx.tokenCalls().password).toBe(1);
});

test("a clientId other than the documented one is refused as invalid_client", async () => {
  const client = fx.client({ login: { clientId: "someone-else" } });
  const failure = await client.GET("/sample/v1/countries").catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(OAuthError);
  expect(failure).toMatchObject({ status: 401, error: "invalid_client" });
  expect(JSON.parse(fx.sent[0]!.body).clientId).toBe("someone-else");
});
