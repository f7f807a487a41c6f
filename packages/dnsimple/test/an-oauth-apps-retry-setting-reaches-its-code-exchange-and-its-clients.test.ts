import { expect, it } from "vitest";
import { dnsimpleOAuthApp } from "../src/index.js";

// Answers the code exchange and every API call with 503 and counts the attempts per path.
function unavailableFetch(attempts: Map<string, number>): typeof fetch {
  return async (input, init) => {
    const { pathname } = new URL(new Request(input, init).url);
    attempts.set(pathname, (attempts.get(pathname) ?? 0) + 1);
    return Response.json({ message: "Service Unavailable" }, { status: 503 });
  };
}

const settings = {
  clientId: "client-1",
  clientSecret: "client-secret-1",
  redirectUri: "https://app.example.test/cb",
  baseUrl: "https://api.example.test/v2",
};

it("retry: false on the app reaches its clients: a 503 on a GET is answered after one attempt", async () => {
  const attempts = new Map<string, number>();
  const app = dnsimpleOAuthApp({ ...settings, fetch: unavailableFetch(attempts), retry: false });
  const result = await app.client("token-1").op.whoami();
  expect(result.response.status).toBe(503);
  expect(attempts.get("/v2/whoami")).toBe(1);
});

it("the app's retry count holds for the code exchange and for its clients alike", async () => {
  const attempts = new Map<string, number>();
  const retry = { retries: 1, baseDelayMs: 1, maxDelayMs: 1 };
  const app = dnsimpleOAuthApp({ ...settings, fetch: unavailableFetch(attempts), retry });
  await expect(app.exchangeCode({ code: "c", state: "s", expectedState: "s" })).rejects.toThrow();
  await app.client("token-1").op.whoami();
  expect(Object.fromEntries(attempts)).toEqual({ "/v2/oauth/access_token": 2, "/v2/whoami": 2 });
});

it("a client's own retry option wins over the app's", async () => {
  const attempts = new Map<string, number>();
  const retry = { retries: 1, baseDelayMs: 1, maxDelayMs: 1 };
  const app = dnsimpleOAuthApp({ ...settings, fetch: unavailableFetch(attempts), retry });
  await app.client("token-1", { retry: false }).op.whoami();
  expect(attempts.get("/v2/whoami")).toBe(1);
});
