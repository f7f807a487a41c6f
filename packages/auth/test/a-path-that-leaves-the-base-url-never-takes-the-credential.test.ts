import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { sendJson, startTestServer, type TestServer } from "../src/testing/index.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function recording() {
  const seen: string[] = [];
  const server = await startTestServer((request, response) => {
    seen.push(`${request.url} key=${request.headers["api-key"] ?? "none"}`);
    sendJson(response, 200, {});
  });
  servers.push(server);
  return { ...server, seen };
}

const auth = apiKeyAuth({
  provider: "adguard",
  key: "key-secret",
  header: "API-Key",
  schemes: ["key"],
});
function client(baseUrl: string, fetch?: typeof globalThis.fetch) {
  const definition = { provider: "fake", defaultBaseUrl: baseUrl, operations: {} };
  // biome-ignore lint/suspicious/noExplicitAny: untyped paths.
  return createProviderClient<any, {}>(definition, {
    auth,
    retry: false,
    ...(fetch ? { fetch } : {}),
  });
}

it("a path without a leading slash cannot extend a bare-origin base URL's host", async () => {
  const attacker = await recording();
  const port = new URL(attacker.url).port;
  // Base "http://127.0.0" (the shorthand of 127.0.0.0) + ".1:<port>/x" would spell the attacker's origin.
  const error = await client("http://127.0.0")
    .GET(`.1:${port}/x`, {})
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "invalid_path" });
  expect((error as Error).message).toBe(
    `path ".1:${port}/x" does not start with "/"; nothing was sent`,
  );
  expect(attacker.seen).toEqual([]);
});

it('AdGuard\'s bare origin plus ".attacker.example/x" is refused before fetch is called', async () => {
  const asked: string[] = [];
  const recordingFetch: typeof fetch = async (input) => {
    asked.push(input instanceof Request ? input.url : String(input));
    return new Response("{}");
  };
  const api = client("https://api.adguard-dns.io", recordingFetch);
  await expect(api.GET(".attacker.example/x", {})).rejects.toMatchObject({ code: "invalid_path" });
  await expect(api.request("get", ".attacker.example/x", {})).rejects.toMatchObject({
    code: "invalid_path",
  });
  await expect(api.GET(".attacker.example/x", { timeoutMs: 5 })).rejects.toMatchObject({
    code: "invalid_path",
  });
  expect(asked).toEqual([]);
});

it("a path that climbs out of the base URL's path gets no credential", async () => {
  const api = await recording();
  const error = await client(`${api.url}/v2`)
    .GET("/../admin", {})
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "invalid_path" });
  expect((error as Error).message).toBe(
    `GET ${api.url}/admin: URL is outside the client's base URL; the credential was not sent`,
  );
  expect(api.seen).toEqual([]);
  await client(`${api.url}/v2`).GET("/inside", {});
  expect(api.seen).toEqual(["/v2/inside key=key-secret"]);
});
