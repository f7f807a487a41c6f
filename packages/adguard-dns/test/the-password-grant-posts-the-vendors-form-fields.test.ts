import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { apiRequests, clientFor, grantCount, recordingFetch, startFake } from "./support/fake.js";

it("logs in with a form-encoded grant_type=password, username and password, then uses the bearer token", async () => {
  const server = await startFake();
  const recorder = recordingFetch();
  const adguard = clientFor(
    server,
    adguardDnsAuth.password({ username: creds.username, password: async () => creds.password }),
    { fetch: recorder.fetch },
  );

  const { data } = await adguard.op.getAccountLimits();
  expect(data?.devices.limit).toBe(100);

  const [token, api] = recorder.seen;
  expect(token?.method).toBe("POST");
  expect(new URL(token!.url).pathname).toBe("/oapi/v1/oauth_token");
  expect(token?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
  expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({
    grant_type: "password",
    username: creds.username,
    password: creds.password,
  });
  expect(token?.headers.get("authorization")).toBeNull();
  expect(api?.headers.get("authorization")).toMatch(/^Bearer [\w-]+$/);
  expect(server.requests({ path: "/oapi/v1/oauth_token" })).toEqual([
    expect.objectContaining({ method: "POST", grant: "password", status: 200 }),
  ]);
});

it("a wrong password is an OAuthError with the vendor's 401 body, not retried", async () => {
  const server = await startFake();
  const adguard = clientFor(
    server,
    adguardDnsAuth.password({ username: creds.username, password: "nope" }),
  );
  const failure = await adguard.op.getAccountLimits().catch((error: unknown) => error);
  expect(failure).toMatchObject({
    name: "OAuthError",
    code: "oauth_error",
    status: 401,
    error: "unauthorized",
  });
  expect(grantCount(server)).toBe(1);
  expect(apiRequests(server)).toHaveLength(0);
});
