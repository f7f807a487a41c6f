import createClient from "openapi-fetch";
import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import type { OperationMap } from "../src/client/types.js";
import { queryKeyAuth } from "../src/credentials/query-key-auth.js";
import { createAuthMiddleware } from "../src/middleware/auth-middleware.js";
import { sendJson, startTestServer, type TestServer } from "../src/testing/test-server.js";

const operations = {
  listItems: { method: "get", path: "/items", security: [{ queryKey: [] }] },
  addItem: { method: "post", path: "/items", security: [{ queryKey: [] }] },
  ping: { method: "get", path: "/ping", security: [] },
} as const satisfies OperationMap;

type Json = { content: { "application/json": unknown } };
interface Paths {
  "/items": {
    get: { parameters: { query?: { page?: number; appid?: string } }; responses: { 200: Json } };
    post: { requestBody: Json; responses: { 200: Json } };
  };
  "/ping": { get: { responses: { 200: Json } } };
}

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A server that echoes the path and query it got. */
async function echo(): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = await startTestServer((request, response) => {
    seen.push(request.url ?? "");
    sendJson(response, 200, { url: request.url });
  });
  servers.push(server);
  return { url: server.url, seen };
}

async function client(key: Parameters<typeof queryKeyAuth>[0]["key"]) {
  const api = await echo();
  const auth = queryKeyAuth({ provider: "fake", key, param: "appid", schemes: ["queryKey"] });
  const calls = createProviderClient<Paths, typeof operations>(
    { provider: "fake", defaultBaseUrl: api.url, operations },
    { auth, retry: false },
  );
  return { calls, seen: api.seen };
}

it("adds appid=<key> after the call's own query, on secured operations only", async () => {
  const { calls, seen } = await client("k 1&x");
  expect((await calls.GET("/items", { params: { query: { page: 2 } } })).data).toEqual({
    url: "/items?page=2&appid=k+1%26x",
  });
  expect((await calls.POST("/items", { body: { a: 1 } })).data).toEqual({
    url: "/items?appid=k+1%26x",
  });
  expect((await calls.op.ping()).data).toEqual({ url: "/ping" });
  expect(seen).toHaveLength(3);
});

it("takes the key from an async getter on every call, so rotation needs no new client", async () => {
  let current = "first";
  const { calls } = await client(async () => current);
  expect((await calls.GET("/items")).data).toEqual({ url: "/items?appid=first" });
  current = "second";
  expect((await calls.GET("/items", { signal: new AbortController().signal })).data).toEqual({
    url: "/items?appid=second",
  });
});

it("refuses empty keys and keys with control characters as invalid_secret, naming neither", async () => {
  expect(() =>
    queryKeyAuth({ provider: "fake", key: "bad\nkey", param: "appid", schemes: [] }),
  ).toThrow(expect.objectContaining({ code: "invalid_secret" }));
  for (const key of [async () => "", async () => "line\r\nbreak", async () => "nul\0"]) {
    const { calls, seen } = await client(key);
    const error = await calls.GET("/items").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "invalid_secret" });
    expect((error as Error).message).toMatch(/^fake API key (is empty|contains CR, LF, NUL)/);
    expect((error as Error).message).not.toMatch(/line|break|nul/);
    expect(seen).toEqual([]);
  }
});

it("refuses a call that sets the key's parameter itself: never overridden, never sent twice", async () => {
  const { calls, seen } = await client("real-key");
  const error = await calls
    .GET("/items", { params: { query: { appid: "callers-own" } } })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "invalid_options" });
  expect((error as Error).message).toMatch(
    /^GET http:\/\/127\.0\.0\.1:\d+\/items\?appid=\*\*\*: query parameter "appid" carries the credential; a call cannot set it too; nothing was sent$/,
  );
  expect(JSON.stringify(error)).not.toContain("callers-own");
  expect(seen).toEqual([]);
});

it("puts no key on the object and no header on the request", async () => {
  const auth = queryKeyAuth({ provider: "fake", key: "hidden-k", param: "appid", schemes: ["q"] });
  const headers = new Headers();
  await auth.apply(headers);
  expect([...headers]).toEqual([]);
  expect(auth).toMatchObject({ kind: "static", provider: "fake", schemes: ["q"] });
  expect(auth.query?.param).toBe("appid");
  expect(JSON.stringify(auth)).not.toContain("hidden-k");
});

it("works as openapi-fetch middleware: the key in the URL sent, not in the URL answered", async () => {
  const api = await echo();
  const auth = queryKeyAuth({ provider: "fake", key: "mw-key", param: "appid", schemes: ["q"] });
  const plain = createClient<Paths>({ baseUrl: api.url });
  plain.use(createAuthMiddleware({ auth, securityFor: () => [{ q: [] }] }));
  const { data, response } = await plain.GET("/items", { params: { query: { page: 1 } } });
  expect(data).toEqual({ url: "/items?page=1&appid=mw-key" });
  expect(response.url).toBe(`${api.url}/items?page=1`);
  const conflict = await plain
    .GET("/items", { params: { query: { appid: "x" } } })
    .catch((e: unknown) => e);
  expect(conflict).toMatchObject({ code: "invalid_options" });
});

it("refuses, at client creation, a query credential made without queryKeyAuth (it would go out keyless)", () => {
  const handMade = {
    kind: "static" as const,
    provider: "fake",
    schemes: ["queryKey"],
    apply() {},
    query: { param: "appid", value: () => "k" },
  };
  expect(() =>
    createProviderClient<Paths, typeof operations>(
      { provider: "fake", defaultBaseUrl: "http://127.0.0.1:9", operations },
      { auth: handMade },
    ),
  ).toThrow('the query credential for "fake" has no layer; build it with queryKeyAuth()');
});
