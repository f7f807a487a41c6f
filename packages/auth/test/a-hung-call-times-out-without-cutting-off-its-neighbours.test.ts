import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { RequestTimeoutError } from "../src/errors/request-timeout-error.js";
import { startTestServer, type TestServer } from "../src/testing/test-server.js";

// Calls that start together share one deadline signal; these check that sharing stays invisible.
const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** /hang never answers; /json answers at once; /trickle sends headers, then its body slowly. */
async function server(): Promise<string> {
  const started = await startTestServer((request, response) => {
    if (request.url === "/hang") return;
    if (request.url === "/json") {
      response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      return;
    }
    response.writeHead(200, { "content-type": "text/plain" });
    let sent = 0;
    const timer = setInterval(() => {
      response.write(`part${sent++};`);
      if (sent === 6) {
        clearInterval(timer);
        response.end();
      }
    }, 300);
    response.on("close", () => clearInterval(timer));
  });
  servers.push(started);
  return started.url;
}

const key = apiKeyAuth({ provider: "fake", key: "k", header: "API-Key", schemes: ["apiKey"] });

function client(baseUrl: string, timeoutMs: number) {
  const definition = { provider: "fake", defaultBaseUrl: baseUrl, operations: {} };
  // biome-ignore lint/suspicious/noExplicitAny: the test talks to untyped paths.
  return createProviderClient<any, {}>(definition, { auth: key, timeoutMs, retry: false });
}

it("times out the hung call with its own method and URL while its neighbours keep their answers", async () => {
  const baseUrl = await server();
  const api = client(baseUrl, 1_000);
  const hung = api.GET("/hang", {}).catch((error: unknown) => error);
  const json = api.GET("/json", {});
  // The stream's headers arrive at once; its body takes ~1.8 s, well past the hung call's deadline.
  const stream = await api.GET("/trickle", { parseAs: "stream" });

  const error = await hung;
  expect(error).toBeInstanceOf(RequestTimeoutError);
  expect((error as Error).message).toBe(`GET ${baseUrl}/hang: no response within 1000 ms`);
  expect((await json).data).toEqual({ ok: true });
  const body = await new Response(stream.data as ReadableStream).text();
  expect(body).toBe("part0;part1;part2;part3;part4;part5;");
});

it("gives a call that started later in the same window no less than the whole timeout", async () => {
  const baseUrl = await server();
  const api = client(baseUrl, 400);
  const first = api.GET("/hang", {}).catch((error: unknown) => error);
  await new Promise((resolve) => setTimeout(resolve, 15));
  const startedLater = performance.now();
  const second = await api.GET("/hang", {}).catch((error: unknown) => error);
  expect(second).toBeInstanceOf(RequestTimeoutError);
  expect(performance.now() - startedLater).toBeGreaterThanOrEqual(400);
  expect(await first).toBeInstanceOf(RequestTimeoutError);
});

it("still lets the caller abort with a signal of its own", async () => {
  const baseUrl = await server();
  const api = client(baseUrl, 5_000);
  const controller = new AbortController();
  const pending = api.GET("/hang", { signal: controller.signal });
  setTimeout(() => controller.abort(new Error("caller gave up")), 50);
  await expect(pending).rejects.toThrow("caller gave up");
});
