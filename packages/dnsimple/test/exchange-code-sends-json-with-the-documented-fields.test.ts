import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dnsimpleAuth } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { authorizedExchange } from "./support/code-flow.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

describe("exchangeCode's request", () => {
  it("POSTs JSON with grant_type, client_id, client_secret, code, redirect_uri and state", async () => {
    const options = await authorizedExchange(server);
    const seen: { url: string; method: string; contentType: string | null; body: unknown }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      seen.push({
        url: request.url,
        method: request.method,
        contentType: request.headers.get("content-type"),
        body: JSON.parse(await request.clone().text()),
      });
      return fetch(request);
    };
    await dnsimpleAuth.exchangeCode({ ...options, fetch: recordingFetch });
    expect(seen).toEqual([
      {
        url: `${server.url}/oauth/access_token`,
        method: "POST",
        contentType: "application/json",
        body: {
          grant_type: "authorization_code",
          client_id: options.clientId,
          client_secret: options.clientSecret,
          code: options.code,
          redirect_uri: options.redirectUri,
          state: options.state,
        },
      },
    ]);
  });

  it("goes to the sandbox API with sandbox: true", async () => {
    const urls: string[] = [];
    const offline: typeof fetch = async (input, init) => {
      urls.push(new Request(input, init).url);
      return Response.json({ access_token: "t", token_type: "bearer", scope: null, account_id: 7 });
    };
    const result = await dnsimpleAuth.exchangeCode({
      clientId: "c",
      clientSecret: "s",
      code: "x",
      redirectUri: "https://app.example.test/cb",
      state: "st",
      expectedState: "st",
      sandbox: true,
      fetch: offline,
    });
    expect(urls).toEqual(["https://api.sandbox.dnsimple.com/v2/oauth/access_token"]);
    expect(result.accountId).toBe(7);
  });
});
