import { afterEach, describe, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { bearerAuth } from "../src/credentials/bearer-auth.js";
import {
  readRequestBody,
  sendJson,
  startTestServer,
  type TestServer,
} from "../src/testing/index.js";
import type { Auth } from "../src/types.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

interface Seen {
  url: string;
  apiKey: string | undefined;
  authorization: string | undefined;
  body: string;
}

/** A loopback origin that records what reaches it; `redirects` maps a path to [status, Location]. */
async function origin(redirects: Record<string, [number, string]> = {}) {
  const seen: Seen[] = [];
  const server = await startTestServer(async (request, response) => {
    const header = (name: string) => request.headers[name] as string | undefined;
    seen.push({
      url: request.url ?? "",
      apiKey: header("api-key"),
      authorization: header("authorization"),
      body: await readRequestBody(request),
    });
    const redirect = redirects[request.url ?? ""];
    if (redirect) {
      response.writeHead(redirect[0], { location: redirect[1] });
      return void response.end();
    }
    sendJson(response, 200, { from: request.url });
  });
  servers.push(server);
  return { ...server, seen };
}

const credentials: [string, Auth, (seen: Seen) => string | undefined][] = [
  [
    "Dynu's API-Key header",
    apiKeyAuth({ provider: "dynu", key: "key-secret", header: "API-Key", schemes: ["key"] }),
    (seen) => seen.apiKey,
  ],
  [
    "Authorization",
    bearerAuth({ provider: "dnsimple", token: "token-secret", schemes: ["key"] }),
    (seen) => seen.authorization,
  ],
];

function client(baseUrl: string, auth: Auth, fetch?: typeof globalThis.fetch) {
  const definition = { provider: "fake", defaultBaseUrl: baseUrl, operations: {} };
  // biome-ignore lint/suspicious/noExplicitAny: untyped paths.
  return createProviderClient<any, {}>(definition, {
    auth,
    retry: false,
    ...(fetch ? { fetch } : {}),
  });
}

describe.each(credentials)("with %s", (_name, auth, credentialOf) => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`a ${status} to another origin is refused and that origin sees nothing`, async () => {
      const attacker = await origin();
      const api = await origin({ "/x": [status, `${attacker.url}/steal`] });
      const error = await client(api.url, auth)
        .POST("/x", { body: { a: 1 } })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "redirect_refused", status });
      expect((error as Error).message).toBe(
        `POST ${api.url}/x: a redirect to another origin (${attacker.url}); not followed, the credential stays with ${api.url}`,
      );
      expect(credentialOf(api.seen[0]!)).toBeDefined();
      expect(attacker.seen).toEqual([]);
    });
  }

  it("a same-origin redirect is followed with the credential, a 308 re-sending the body", async () => {
    const api = await origin({ "/old": [308, "/new"], "/get-old": [302, "/get-new"] });
    const api2 = client(api.url, auth);
    const posted = await api2.POST("/old", { body: { a: 1 } });
    expect(posted.data).toEqual({ from: "/new" });
    expect(api.seen[1]).toMatchObject({ url: "/new", body: '{"a":1}' });
    expect(credentialOf(api.seen[1]!)).toBe(credentialOf(api.seen[0]!));
    const got = await api2.GET("/get-old", {});
    expect(got.data).toEqual({ from: "/get-new" });
    expect(credentialOf(api.seen[3]!)).toBeDefined();
  });

  it("an https -> http downgrade on the same host is refused", async () => {
    // A fetch standing in for an https origin whose answer points at plain http on the same host.
    const asked: string[] = [];
    const fakeHttps: typeof fetch = async (input) => {
      const url = input instanceof Request ? input.url : String(input);
      asked.push(url);
      return new Response(null, { status: 301, headers: { location: "http://api.example/x" } });
    };
    const error = await client("https://api.example", auth, fakeHttps)
      .GET("/x", {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "redirect_refused" });
    expect((error as Error).message).toContain("another origin (http://api.example)");
    expect(asked).toEqual(["https://api.example/x"]);
  });
});
