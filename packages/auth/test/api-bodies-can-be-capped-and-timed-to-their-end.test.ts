import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { RequestTimeoutError } from "../src/errors/request-timeout-error.js";
import { ResponseTooLargeError } from "../src/errors/response-too-large-error.js";
import { startTestServer, type TestServer } from "../src/testing/index.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** /trickle sends headers, then a byte every 50 ms for ever; /big 2 MiB unannounced; /small a little JSON. */
async function api(): Promise<string> {
  const server = await startTestServer((request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    if (request.url === "/small") return void response.end('{"ok":true}');
    if (request.url === "/big") {
      response.write(`{"pad":"${"x".repeat(1024 * 1024)}`);
      return void response.end(`${"x".repeat(1024 * 1024)}"}`);
    }
    response.write("[");
    const timer = setInterval(() => response.write(" "), 50);
    response.on("close", () => clearInterval(timer));
  });
  servers.push(server);
  return server.url;
}

const auth = apiKeyAuth({ provider: "fake", key: "k", header: "API-Key", schemes: ["key"] });
function client(
  baseUrl: string,
  options: { timeoutCoversBody?: boolean; maxBodyBytes?: number; timeoutMs?: number },
) {
  const definition = { provider: "fake", defaultBaseUrl: baseUrl, operations: {} };
  // biome-ignore lint/suspicious/noExplicitAny: untyped paths.
  return createProviderClient<any, {}>(definition, {
    auth,
    retry: false,
    timeoutMs: 300,
    ...options,
  });
}

it("with timeoutCoversBody, a trickling JSON body fails at the deadline with RequestTimeoutError", async () => {
  const baseUrl = await api();
  const started = Date.now();
  const error = await client(baseUrl, { timeoutCoversBody: true })
    .GET("/trickle", {})
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestTimeoutError);
  expect((error as Error).message).toBe(`GET ${baseUrl}/trickle: no response within 300 ms`);
  expect(Date.now() - started).toBeLessThan(3_000);
}, 10_000);

it("with maxBodyBytes, a body past the cap is refused and a small one is read as usual", async () => {
  const baseUrl = await api();
  const capped = client(baseUrl, { maxBodyBytes: 1024 * 1024, timeoutMs: 10_000 });
  const error = await capped.GET("/big", {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ResponseTooLargeError);
  expect(error).toMatchObject({ code: "response_too_large", maxBodyBytes: 1024 * 1024 });
  const small = await capped.GET("/small", {});
  expect(small.data).toEqual({ ok: true });
  expect(small.response.url).toBe(`${baseUrl}/small`);
});
