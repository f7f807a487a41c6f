import { expect, it } from "vitest";
import { dnsimpleOAuthApp, SANDBOX_API_URL, SANDBOX_AUTHORIZE_URL } from "../src/index.js";

// Records where each request went and answers like DNSimple would; nothing leaves the process.
function recordingFetch(urls: string[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    urls.push(`${request.method} ${request.url}`);
    const body = request.url.endsWith("/oauth/access_token")
      ? { access_token: "at-sandbox", token_type: "bearer", scope: null, account_id: 42 }
      : { data: { account: null, user: null } };
    return Response.json(body);
  };
}

it("sandbox: true sends the user, the code exchange and the API calls to the sandbox", async () => {
  const urls: string[] = [];
  const app = dnsimpleOAuthApp({
    clientId: "client-1",
    clientSecret: "client-secret-1",
    redirectUri: "https://app.example.test/cb",
    sandbox: true,
    fetch: recordingFetch(urls),
  });
  const { url, state } = app.authorizeUrl();
  expect(url.startsWith(`${SANDBOX_AUTHORIZE_URL}?`)).toBe(true);
  const token = await app.exchangeCode({ code: "c-1", state, expectedState: state });
  expect(token.accountId).toBe(42);
  await app.client(token).op.whoami();
  expect(urls).toEqual([
    `POST ${SANDBOX_API_URL}/oauth/access_token`,
    `GET ${SANDBOX_API_URL}/whoami`,
  ]);
});

it("without sandbox every step goes to production", async () => {
  const urls: string[] = [];
  const app = dnsimpleOAuthApp({
    clientId: "client-1",
    clientSecret: "client-secret-1",
    redirectUri: "https://app.example.test/cb",
    fetch: recordingFetch(urls),
  });
  const { url, state } = app.authorizeUrl({ accountId: 7 });
  expect(new URL(url).host).toBe("dnsimple.com");
  expect(new URL(url).searchParams.get("account_id")).toBe("7");
  await app.client(await app.exchangeCode({ code: "c", state, expectedState: state })).op.whoami();
  expect(urls.map((u) => new URL(u.split(" ")[1] ?? "").host)).toEqual([
    "api.dnsimple.com",
    "api.dnsimple.com",
  ]);
});
