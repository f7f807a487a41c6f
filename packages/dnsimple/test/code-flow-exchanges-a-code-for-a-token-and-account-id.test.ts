import { parseRedirect } from "@provider-clients/auth";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDnsimpleClient, dnsimpleAuth } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

describe("the OAuth code flow", () => {
  it("turns the redirect's code into a working token for the authorized account", async () => {
    const other = server.seed("accounts", { email: "second@example.test" });
    const { url, state } = dnsimpleAuth.authorizeUrl({
      clientId: server.app.clientId,
      redirectUri: server.app.redirectUri,
      accountId: Number(other.id),
      authorizeEndpoint: server.authorizeEndpoint,
    });
    const redirect = parseRedirect(await server.authorize(url), { expectedState: state });

    const result = await dnsimpleAuth.exchangeCode({
      clientId: server.app.clientId,
      clientSecret: server.app.clientSecret,
      code: redirect.code ?? "",
      redirectUri: server.app.redirectUri,
      state: redirect.state,
      expectedState: state,
      baseUrl: server.url,
    });
    expect(result.accountId).toBe(other.id);
    expect(result.account_id).toBe(other.id);
    expect(result.tokenType).toBe("bearer");
    expect(result.scope).toBeUndefined();
    expect(server.count({ method: "POST", path: "/v2/oauth/access_token" })).toBe(1);

    const client = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(result),
      baseUrl: server.url,
    });
    const { data } = await client.op.whoami();
    expect(data?.data.account).toMatchObject({ id: other.id, email: "second@example.test" });
    const byString = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(result.accessToken),
      baseUrl: server.url,
    });
    expect((await byString.GET("/whoami")).response.status).toBe(200);
  });
});
