import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import type { OperationMap } from "../src/client/types.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { managedAuth } from "../src/session/managed-auth.js";
import { createFakeClock } from "../src/testing/fake-clock.js";
import { sendJson, startTestServer, type TestServer } from "../src/testing/test-server.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

// A browser's fetch throws "Illegal invocation" unless `this` is the window (or nothing): this
// fetch does the same with globalThis, and counts its calls.
function browserLikeFetch() {
  const seen = { calls: 0 };
  const fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    if (this !== undefined && this !== globalThis) {
      return Promise.reject(new TypeError("Failed to execute 'fetch': Illegal invocation"));
    }
    seen.calls++;
    return globalThis.fetch(input, init);
  };
  return { fetch, seen };
}

const operations = {
  listItems: { method: "get", path: "/items", security: [{ apiKey: [] }] },
  ping: { method: "get", path: "/ping", security: [] },
} as const satisfies OperationMap;
type Paths = Record<
  "/items" | "/ping",
  { get: { responses: { 200: { content: { "application/json": unknown } } } } }
>;

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A client with an API key against a server that answers `{ ok: true }`; `fetch` as given. */
async function okClient(fetch?: typeof globalThis.fetch) {
  const server = await startTestServer((_request, response) =>
    sendJson(response, 200, { ok: true }),
  );
  servers.push(server);
  const auth = apiKeyAuth({ provider: "fake", key: "k", header: "API-Key", schemes: ["apiKey"] });
  return createProviderClient<Paths, typeof operations>(
    { provider: "fake", defaultBaseUrl: server.url, operations },
    fetch ? { auth, fetch } : { auth },
  );
}

it("calls the client's fetch unbound, with and without per-call options, with and without the credential", async () => {
  const { fetch, seen } = browserLikeFetch();
  const api = await okClient(fetch);
  expect((await api.GET("/items")).data).toEqual({ ok: true });
  expect((await api.GET("/ping")).data).toEqual({ ok: true });
  expect((await api.GET("/items", { timeoutMs: 5_000, retry: false })).data).toEqual({ ok: true });
  expect((await api.GET("/items", { signal: new AbortController().signal })).data).toEqual({
    ok: true,
  });
  expect((await api.op.listItems({ timeoutMs: 0 })).data).toEqual({ ok: true });
  expect(seen.calls).toBe(5);
});

it("calls a per-call fetch unbound", async () => {
  const { fetch, seen } = browserLikeFetch();
  const api = await okClient();
  expect((await api.GET("/items", { fetch })).data).toEqual({ ok: true });
  expect(seen.calls).toBe(1);
});

it("calls it unbound for token requests too", async () => {
  const clock = createFakeClock();
  const tokens = await startFakeTokenServer({ clock });
  servers.push(tokens);
  const { fetch, seen } = browserLikeFetch();
  const api = createProviderClient<Record<string, never>, {}>(
    { provider: "fake", defaultBaseUrl: tokens.url, operations: {} },
    { auth: managedAuth(oauthAdapter()), fetch, clock },
  );
  const echo = api.POST as unknown as (path: string, init: unknown) => Promise<{ data?: unknown }>;
  expect((await echo("/api/echo", { body: { n: 1 } })).data).toMatchObject({ ok: true });
  expect(tokens.grants).toEqual(["password"]);
  expect(seen.calls).toBe(2);
});
