import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { bearerAuth } from "../src/credentials/bearer-auth.js";
import { ProviderClientError } from "../src/errors/provider-client-error.js";
import { managedAuth } from "../src/session/managed-auth.js";
import { sendJson, startTestServer, type TestServer } from "../src/testing/index.js";
import type { Auth } from "../src/types.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** An API that records what reaches it; its token endpoint hands out `accessToken`. */
async function api(accessToken = "fine") {
  const seen: string[] = [];
  const server = await startTestServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    if (request.url === "/oauth/token") {
      return sendJson(response, 200, {
        access_token: accessToken,
        token_type: "bearer",
        expires_in: 3600,
      });
    }
    sendJson(response, 200, { ok: true });
  });
  servers.push(server);
  return { ...server, seen };
}

const operations = {
  ping: { method: "get", path: "/ping", security: [{ key: [] }, { oauth: [] }] },
} as const;
function call(baseUrl: string, auth: Auth) {
  const definition = { provider: "fake", defaultBaseUrl: baseUrl, operations };
  // biome-ignore lint/suspicious/noExplicitAny: untyped paths.
  const client = createProviderClient<any, typeof operations>(definition, { auth, retry: false });
  return client.GET("/ping", {});
}

/** The error names the credential and carries no trace of the secret in message, cause or fields. */
function expectNamedNotEchoed(error: unknown, name: string, secret: string) {
  expect(error).toBeInstanceOf(ProviderClientError);
  expect(error).toMatchObject({ code: "invalid_secret" });
  expect((error as Error).message).toContain(name);
  const everything = `${(error as Error).message} ${JSON.stringify(error)} ${String((error as Error).cause)}`;
  expect(everything).not.toContain(secret.trim());
}

const secrets = [
  "key-0123\r\nX-Injected: 1",
  "key-0123\nmore",
  "key-0123\u0000nul",
  "key-0123\u0007bell",
];

for (const secret of secrets) {
  it(`a string API key ${JSON.stringify(secret)} is refused when the credential is made`, () => {
    const make = () =>
      apiKeyAuth({ provider: "dynu", key: secret, header: "API-Key", schemes: ["key"] });
    let error: unknown;
    try {
      make();
    } catch (thrown) {
      error = thrown;
    }
    expectNamedNotEchoed(error, "dynu API key", "key-0123");
  });
}

it("a key from an async provider with a CR LF is refused before anything is sent", async () => {
  const server = await api();
  const auth = apiKeyAuth({
    provider: "dynu",
    key: async () => "key-0123\r\nX: 1",
    header: "API-Key",
    schemes: ["key"],
  });
  const error = await call(server.url, auth).catch((e: unknown) => e);
  expectNamedNotEchoed(error, "dynu API key", "key-0123");
  expect(server.seen).toEqual([]);
});

it("a bearer token with a NUL is refused, named as the bearer token", async () => {
  const server = await api();
  const auth = bearerAuth({
    provider: "dnsimple",
    token: async () => "pat-0123\u0000",
    schemes: ["key"],
  });
  const error = await call(server.url, auth).catch((e: unknown) => e);
  expectNamedNotEchoed(error, "dnsimple bearer token", "pat-0123");
  expect(server.seen).toEqual([]);
});

it("an access token with a line break from the token endpoint is refused, not echoed", async () => {
  const server = await api("tok-0123\r\nX-Injected: 1");
  const error = await call(server.url, managedAuth(oauthAdapter())).catch((e: unknown) => e);
  expectNamedNotEchoed(error, "fake access token", "tok-0123");
  expect(server.seen).toEqual(["POST /oauth/token"]);
});
