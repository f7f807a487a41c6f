import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import type { OperationMap } from "../src/client/types.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { sendJson, startTestServer, type TestServer } from "../src/testing/test-server.js";

const operations = {
  listItems: { method: "get", path: "/items", security: [{ apiKey: [] }] },
  getItem: { method: "get", path: "/items/{id}", security: [{ apiKey: [] }] },
  ping: { method: "get", path: "/ping", security: [] },
} as const satisfies OperationMap;

interface Paths {
  "/items": { get: { responses: { 200: { content: { "application/json": unknown } } } } };
  "/items/{id}": {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { "application/json": unknown } } };
    };
  };
  "/ping": { get: { responses: { 200: { content: { "application/json": unknown } } } } };
}

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A server that echoes the API-Key header it got (or null). */
async function echoServer(): Promise<string> {
  const server = await startTestServer((request, response) =>
    sendJson(response, 200, { key: request.headers["api-key"] ?? null }),
  );
  servers.push(server);
  return `${server.url}/v1`;
}

async function client() {
  const baseUrl = await echoServer();
  const auth = apiKeyAuth({ provider: "fake", key: "k-1", header: "API-Key", schemes: ["apiKey"] });
  return createProviderClient<Paths, typeof operations>(
    { provider: "fake", defaultBaseUrl: baseUrl, operations },
    { auth },
  );
}

it("sends the key to secured operations and not to a public one", async () => {
  const api = await client();
  expect((await api.GET("/items")).data).toEqual({ key: "k-1" });
  expect((await api.GET("/items/{id}", { params: { path: { id: "ping" } } })).data).toEqual({
    key: "k-1",
  });
  expect((await api.GET("/ping")).data).toEqual({ key: null });
  expect((await api.op.ping()).data).toEqual({ key: null });
});

it("decides the same way for calls with their own signal or another parseAs", async () => {
  const api = await client();
  const signal = new AbortController().signal;
  expect((await api.GET("/ping", { signal })).data).toEqual({ key: null });
  expect((await api.GET("/items", { signal })).data).toEqual({ key: "k-1" });
  const asText = await api.GET("/ping", { parseAs: "text" });
  expect(JSON.parse(asText.data as string)).toEqual({ key: null });
  const blob = await api.GET("/items", { parseAs: "blob" });
  expect(JSON.parse(await (blob.data as Blob).text())).toEqual({ key: "k-1" });
});

it("sets the key after your own middleware, so it never sees it", async () => {
  const api = await client();
  const seen: (string | null)[] = [];
  api.use({
    onRequest({ request }) {
      seen.push(request.headers.get("api-key"));
    },
  });
  expect((await api.GET("/items")).data).toEqual({ key: "k-1" });
  expect(seen).toEqual([null]);
});
