import { createServer } from "node:net";
import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import type { LogLevel } from "../src/logging/logger.js";
import { startTestServer, type TestServer } from "../src/testing/index.js";
import { recordingLogger } from "./support/recording-logger.js";

const key = apiKeyAuth({ provider: "fake", key: "secret-key-1", header: "API-Key", schemes: [] });
const operations = { getItem: { method: "get", path: "/items/{id}", security: [] } } as const;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Answers 503, then 429 (Retry-After: 0), then 200 with a request id. */
async function flakyServer(): Promise<TestServer> {
  let calls = 0;
  server = await startTestServer((_request, response) => {
    calls += 1;
    if (calls === 1) response.writeHead(503).end();
    else if (calls === 2) response.writeHead(429, { "retry-after": "0" }).end();
    else
      response
        .writeHead(200, { "content-type": "application/json", "x-request-id": "req-7" })
        .end("{}");
  });
  return server;
}

function client(baseUrl: string, logLevel: LogLevel) {
  const logger = recordingLogger();
  const definition = { provider: "fake", defaultBaseUrl: baseUrl, operations };
  // biome-ignore lint/suspicious/noExplicitAny: the test talks to an untyped path table.
  const api = createProviderClient<any, typeof operations>(definition, {
    auth: key,
    retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 2 },
    logger,
    logLevel,
  });
  return { api, logger };
}

it("request.sent, request.answered, request.retry and rate_limit.reached carry the documented fields", async () => {
  const { url } = await flakyServer();
  const { api, logger } = client(url, "debug");
  await api.GET("/items/{id}", { params: { path: { id: 7 }, query: { token: "abc-secret" } } });
  const where = {
    provider: "fake",
    operationId: "getItem",
    method: "GET",
    url: `${url}/items/7?token=***`,
  };
  expect(logger.lines.map((line) => [line.level, line.message, line.fields])).toEqual([
    ["debug", "provider-clients request.sent", { event: "request.sent", ...where, attempt: 1 }],
    [
      "debug",
      "provider-clients request.answered",
      {
        event: "request.answered",
        ...where,
        attempt: 1,
        status: 503,
        durationMs: expect.any(Number),
        requestId: undefined,
      },
    ],
    [
      "info",
      "provider-clients request.retry",
      {
        event: "request.retry",
        ...where,
        attempt: 2,
        reason: "HTTP 503",
        delayMs: expect.any(Number),
      },
    ],
    ["debug", "provider-clients request.sent", { event: "request.sent", ...where, attempt: 2 }],
    [
      "debug",
      "provider-clients request.answered",
      expect.objectContaining({ status: 429, attempt: 2 }),
    ],
    [
      "warn",
      "provider-clients rate_limit.reached",
      { event: "rate_limit.reached", ...where, attempt: 3, waitMs: 0 },
    ],
    [
      "info",
      "provider-clients request.retry",
      { event: "request.retry", ...where, attempt: 3, reason: "HTTP 429", delayMs: 0 },
    ],
    ["debug", "provider-clients request.sent", { event: "request.sent", ...where, attempt: 3 }],
    [
      "debug",
      "provider-clients request.answered",
      expect.objectContaining({ status: 200, attempt: 3, requestId: "req-7" }),
    ],
  ]);
  const text = JSON.stringify(logger.lines);
  expect(text).not.toContain("secret-key-1");
  expect(text).not.toContain("abc-secret");
});

it("at info only the retry and the rate limit are logged", async () => {
  const { url } = await flakyServer();
  const { api, logger } = client(url, "info");
  await api.GET("/items/{id}", { params: { path: { id: 1 } } });
  expect(logger.events()).toEqual(["request.retry", "rate_limit.reached", "request.retry"]);
});

it("a request that gets no answer is retried with reason network_error", async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  const { api, logger } = client(`http://127.0.0.1:${port}`, "debug");
  await api.GET("/items/{id}", { params: { path: { id: 1 } } }).catch(() => undefined);
  expect(logger.events()).toEqual([
    "request.sent",
    "request.retry",
    "request.sent",
    "request.retry",
    "request.sent",
    "request.retry",
    "request.sent",
  ]);
  expect(logger.lines[1]?.fields).toMatchObject({ reason: "network_error", attempt: 2 });
});

it("logLevel off (the default) logs nothing and builds no logging layer", async () => {
  const { url } = await flakyServer();
  const { api, logger } = client(url, "off");
  await api.GET("/items/{id}", { params: { path: { id: 1 } } });
  expect(logger.lines).toEqual([]);
});
