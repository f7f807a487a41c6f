// Plain openapi-fetch with createAuthMiddleware keeps the same origin rule as a provider client.
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { bearerAuth } from "../src/credentials/bearer-auth.js";
import { queryKeyAuth } from "../src/credentials/query-key-auth.js";
import { createAuthMiddleware } from "../src/middleware/auth-middleware.js";
import { createSession } from "../src/session/create-session.js";
import type { Session } from "../src/session/session-types.js";
import {
  createFakeClock,
  readRequestBody,
  sendJson,
  startTestServer,
  type TestServer,
} from "../src/testing/index.js";
import type { StaticAuth } from "../src/types.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

interface Seen {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A loopback origin that records what reaches it; `redirects` maps a path to [status, Location]. */
async function origin(redirects: Record<string, [number, string]> = {}) {
  const seen: Seen[] = [];
  const server: TestServer = await startTestServer(async (request, response) => {
    seen.push({
      url: request.url ?? "",
      headers: request.headers,
      body: await readRequestBody(request),
    });
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const redirect = redirects[path];
    if (redirect) {
      response.writeHead(redirect[0], { location: redirect[1] });
      return void response.end();
    }
    sendJson(response, 200, { from: path });
  });
  servers.push(server);
  return { ...server, seen };
}

const secret = "sekrit-value-9f2";
const carries = (seen: Seen) => JSON.stringify(seen).includes(secret);
// Every operation needs a credential: the spec names no security, so the top-level one applies.
const securityFor = () => undefined;

const statics: [string, StaticAuth][] = [
  [
    "an API-Key header",
    apiKeyAuth({ provider: "p", key: secret, header: "API-Key", schemes: ["k"] }),
  ],
  ["a bearer token", bearerAuth({ provider: "p", token: secret, schemes: ["k"] })],
  ["a query key", queryKeyAuth({ provider: "p", key: secret, param: "appid", schemes: ["k"] })],
];

function clientFor(baseUrl: string, auth: StaticAuth | Session) {
  // biome-ignore lint/suspicious/noExplicitAny: untyped paths.
  const client = createClient<any>({ baseUrl });
  client.use(createAuthMiddleware({ auth, securityFor }));
  return client;
}

describe.each(statics)("with %s", (_name, auth) => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`a ${status} to another origin is refused and that origin sees nothing`, async () => {
      const attacker = await origin();
      const api = await origin({ "/x": [status, `${attacker.url}/steal?appid=${secret}`] });
      const error = await clientFor(api.url, auth)
        .POST("/x", { body: { a: 1 } })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "redirect_refused", status });
      expect((error as Error).message).toContain(`another origin (${attacker.url})`);
      expect(
        JSON.stringify({ ...(error as object), message: (error as Error).message }),
      ).not.toContain(secret);
      expect(carries(api.seen[0]!)).toBe(true);
      expect(attacker.seen).toEqual([]);
    });
  }

  it("a same-origin redirect is followed with the credential once, a 308 re-sending the body", async () => {
    const api = await origin({
      "/old": [308, `/new?appid=${secret}`],
      "/get-old": [302, "/get-new"],
    });
    const client = clientFor(api.url, auth);
    const posted = await client.POST("/old", { body: { a: 1 } });
    expect(posted.data).toEqual({ from: "/new" });
    expect(api.seen[1]).toMatchObject({ body: '{"a":1}' });
    expect(carries(api.seen[1]!)).toBe(true);
    // A query key is sent once even when the Location echoed it.
    expect(
      new URL(api.seen[1]!.url, "http://x").searchParams.getAll("appid").length,
    ).toBeLessThanOrEqual(1);
    const got = await client.GET("/get-old", {});
    expect(got.data).toEqual({ from: "/get-new" });
    expect(carries(api.seen[3]!)).toBe(true);
  });
});

it("a session's token stays with the API origin too, and a same-origin redirect keeps it", async () => {
  const clock = createFakeClock();
  const tokens = await startFakeTokenServer({ clock });
  servers.push(tokens);
  const attacker = await origin();
  const api = await origin({ "/away": [307, `${attacker.url}/steal`], "/moved": [301, "/here"] });
  const session = createSession({ auth: oauthAdapter(), baseUrl: tokens.url, clock });
  const client = clientFor(api.url, session);
  const error = await client.POST("/away", { body: { a: 1 } }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "redirect_refused", status: 307 });
  expect(attacker.seen).toEqual([]);
  const moved = await client.GET("/moved", {});
  expect(moved.data).toEqual({ from: "/here" });
  expect(api.seen.at(-1)?.headers.authorization).toMatch(/^Bearer /);
});

it("a query key's redirect hop that fails says so without the key", async () => {
  const auth = queryKeyAuth({ provider: "p", key: secret, param: "appid", schemes: ["k"] });
  const asked: string[] = [];
  // The first answer redirects within the origin; the hop's fetch fails naming the URL it was given.
  const fetch = async (input: Request) => {
    asked.push(input.url);
    if (asked.length === 1)
      return new Response(null, { status: 302, headers: { location: "/next" } });
    throw new TypeError(`cannot reach ${input.url}`);
  };
  // biome-ignore lint/suspicious/noExplicitAny: untyped paths.
  const client = createClient<any>({ baseUrl: "https://api.example", fetch });
  client.use(createAuthMiddleware({ auth, securityFor }));
  const error = await client.GET("/start", {}).catch((e: unknown) => e);
  expect(asked).toEqual([
    `https://api.example/start?appid=${secret}`,
    `https://api.example/next?appid=${secret}`,
  ]);
  expect((error as Error).message).toBe("cannot reach https://api.example/next?appid=***");
});
