import { createFakeClock, type FakeClock } from "@provider-clients/auth/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DnsimpleOAuthError, dnsimpleAuth, OAuthError } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { authorizedExchange } from "./support/code-flow.js";

let server: FakeDnsimpleServer;
let clock: FakeClock;
beforeEach(async () => {
  clock = createFakeClock();
  server = await startFakeDnsimpleServer({ clock });
});
afterEach(() => server.close());

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error as DnsimpleOAuthError,
  );

describe("token endpoint rejections", () => {
  it("a wrong client secret is invalid_client with HTTP 401", async () => {
    const options = await authorizedExchange(server);
    const error = await rejection(dnsimpleAuth.exchangeCode({ ...options, clientSecret: "wrong" }));
    expect(error).toBeInstanceOf(DnsimpleOAuthError);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ reason: "invalid_client", status: 401, code: "oauth_error" });
  });

  it("a redirect URI other than the authorized one is invalid_grant with HTTP 400", async () => {
    const options = await authorizedExchange(server);
    const error = await rejection(
      dnsimpleAuth.exchangeCode({ ...options, redirectUri: "https://elsewhere.example.test/cb" }),
    );
    expect(error).toMatchObject({ reason: "invalid_grant", status: 400 });
  });

  it("a code past its lifetime on the fake clock is invalid_grant", async () => {
    const options = await authorizedExchange(server);
    await clock.advance(11 * 60_000);
    const error = await rejection(dnsimpleAuth.exchangeCode({ ...options, clock }));
    expect(error).toMatchObject({ reason: "invalid_grant", status: 400 });
  });

  it("a code issued to another application is invalid_grant", async () => {
    const redirectUris = [server.app.redirectUri];
    const twoApps = await startFakeDnsimpleServer({
      clients: [
        { clientId: "first", clientSecret: "first-secret", redirectUris },
        { clientId: "other", clientSecret: "other-secret", redirectUris },
      ],
    });
    try {
      const options = await authorizedExchange(twoApps);
      const error = await rejection(
        dnsimpleAuth.exchangeCode({ ...options, clientId: "other", clientSecret: "other-secret" }),
      );
      expect(error).toMatchObject({ reason: "invalid_grant", status: 400 });
    } finally {
      await twoApps.close();
    }
  });

  it("a request the fake cannot read is invalid_request (the documented third code)", async () => {
    const response = await fetch(`${server.url}/oauth/access_token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "authorization_code", client_id: server.app.clientId }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
  });

  it("an invalid_request answer maps to that reason, an undocumented one to unexpected", async () => {
    const options = await authorizedExchange(server);
    const path = "/v2/oauth/access_token";
    server.faults.inject({ path, kind: "status", status: 400, body: { error: "invalid_request" } });
    const invalid = await rejection(dnsimpleAuth.exchangeCode(options));
    expect(invalid).toMatchObject({ reason: "invalid_request", status: 400 });
    server.faults.inject({ path, kind: "status", status: 403, body: { error: "access_denied" } });
    const odd = await rejection(dnsimpleAuth.exchangeCode(options));
    expect(odd).toMatchObject({ reason: "unexpected", status: 403, error: "access_denied" });
  });
});
