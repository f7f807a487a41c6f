import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { queryKeyAuth } from "../src/credentials/query-key-auth.js";
import { createFakeClock } from "../src/testing/fake-clock.js";
import { readRequestBody, startTestServer, type TestServer } from "../src/testing/test-server.js";
import { recordingLogger } from "./support/recording-logger.js";

// `appid` is not a name the generic URL redaction guesses (key, token, ...): only the credential hides it.
const key = "Qk-secret-7f3a";
const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

type Reply = [status: number, headers?: Record<string, string>, body?: string];

/** A loopback origin that records every URL it gets and answers from `replies` by path (else 200 `{}`). */
async function origin(replies: Record<string, Reply[]> = {}) {
  const seen: { url: string; body: string }[] = [];
  const server = await startTestServer(async (request, response) => {
    seen.push({ url: request.url ?? "", body: await readRequestBody(request) });
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const [status, headers, body] = replies[path]?.shift() ?? [200];
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(body ?? "{}");
  });
  servers.push(server);
  return { ...server, seen };
}

// biome-ignore lint/suspicious/noExplicitAny: untyped paths.
type Untyped = any;
function client(baseUrl: string, extra: Record<string, unknown> = {}) {
  const logger = recordingLogger();
  const auth = queryKeyAuth({
    provider: "fake",
    key: async () => key,
    param: "appid",
    schemes: [],
  });
  const calls = createProviderClient<Untyped, {}>(
    { provider: "fake", defaultBaseUrl: baseUrl, operations: {} },
    { auth, logger, logLevel: "debug", ...extra },
  );
  return { calls, logger };
}

/** Everything a program or a log could show of a thrown error. */
function shown(error: unknown): string {
  const e = error as Error & { cause?: unknown };
  return [String(e), e.stack, JSON.stringify(e), JSON.stringify({ ...e }), String(e.cause)].join(
    "\n",
  );
}

const keyed = (url: string) => new URL(url, "http://x").searchParams.getAll("appid");

for (const status of [301, 302, 303, 307, 308]) {
  it(`a ${status} to another origin is refused: that origin sees nothing, even when Location echoes the key`, async () => {
    const attacker = await origin();
    const api = await origin({
      "/x": [[status, { location: `${attacker.url}/steal?appid=${key}` }]],
    });
    const { calls, logger } = client(api.url);
    const error = await calls.POST("/x", { body: { a: 1 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "redirect_refused", url: `${api.url}/x` });
    expect(keyed(api.seen[0]!.url)).toEqual([key]);
    expect(attacker.seen).toEqual([]);
    expect(shown(error)).not.toContain(key);
    expect(JSON.stringify(logger.lines)).not.toContain(key);
  });
}

it("a same-origin redirect keeps the key, once, and a 307 re-sends the body", async () => {
  const api = await origin({
    "/old": [[307, { location: `/new?appid=${key}&page=2` }]],
    "/get-old": [[302, { location: "/get-new" }]],
  });
  const { calls, logger } = client(api.url);
  const posted = await calls.POST("/old", { body: { a: 1 } });
  expect(posted.response.status).toBe(200);
  expect(api.seen[1]).toEqual({ url: `/new?page=2&appid=${key}`, body: '{"a":1}' });
  const got = await calls.GET("/get-old", {});
  expect(got.response.url).toBe(`${api.url}/get-new`);
  expect(keyed(api.seen[3]!.url)).toEqual([key]);
  expect(JSON.stringify(logger.lines)).not.toContain(key);
});

it("an ApiError, its message, fields and hidden response name the URL without the key", async () => {
  const api = await origin({ "/items": [[403, {}, '{"message":"no"}']] });
  const { calls } = client(api.url, { throwOnError: true });
  const error = await calls
    .GET("/items", { params: { query: { page: 1 } } })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "api_error", status: 403, url: `${api.url}/items?page=1` });
  expect(shown(error)).not.toContain(key);
  expect((error as { response: Response }).response.url).not.toContain(key);
  expect(keyed(api.seen[0]!.url)).toEqual([key]);
});

it("retries, their log lines and the final answer's url never show the key", async () => {
  const api = await origin({ "/items": [[503], [429, { "retry-after": "0" }]] });
  const clock = createFakeClock();
  const { calls, logger } = client(api.url, { clock, retry: { retries: 2, baseDelayMs: 0 } });
  const pending = calls.GET("/items", {});
  for (let i = 0; i < 20 && api.seen.length < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    clock.advance(10_000);
  }
  const { response } = await pending;
  expect(response.status).toBe(200);
  expect(response.url).toBe(`${api.url}/items`);
  expect(api.seen.map((s) => keyed(s.url))).toEqual([[key], [key], [key]]);
  expect(logger.events()).toContain("request.retry");
  expect(JSON.stringify(logger.lines)).not.toContain(key);
});

it("a network error and a timeout name the URL without the key", async () => {
  const closed = await origin();
  await closed.close();
  servers.splice(servers.indexOf(closed), 1);
  const { calls, logger } = client(closed.url, { retry: false });
  const refused = await calls.GET("/items", {}).catch((e: unknown) => e);
  expect(refused).toMatchObject({ code: "network_error", url: `${closed.url}/items` });
  expect(shown(refused)).not.toContain(key);

  const hung = await startTestServer(() => {});
  servers.push(hung);
  const slow = client(hung.url, { retry: false, timeoutMs: 50 });
  const timedOut = await slow.calls.GET("/items", {}).catch((e: unknown) => e);
  expect(timedOut).toMatchObject({ code: "request_timeout", url: `${hung.url}/items` });
  expect(shown(timedOut)).not.toContain(key);
  expect(JSON.stringify([logger.lines, slow.logger.lines])).not.toContain(key);
});

it("a custom fetch that names the URL it was given in its error does not leak the key", async () => {
  const naming: typeof fetch = async (input) => {
    throw new TypeError(`cannot reach ${(input as Request).url}`);
  };
  const { calls } = client("https://api.example", { fetch: naming, retry: false });
  const error = await calls.GET("/items", {}).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "network_error" });
  expect((error as Error).message).toBe(
    "GET https://api.example/items: no answer (cannot reach https://api.example/items?appid=***)",
  );
  expect(shown(error)).not.toContain(key);
});

it("a path that leaves the base URL is refused before the key is read", async () => {
  const api = await origin();
  let read = 0;
  const auth = queryKeyAuth({
    provider: "fake",
    key: async () => {
      read++;
      return key;
    },
    param: "appid",
    schemes: [],
  });
  const calls = createProviderClient<Untyped, {}>(
    { provider: "fake", defaultBaseUrl: `${api.url}/v1`, operations: {} },
    { auth },
  );
  const error = await calls.GET("/../admin", {}).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: expect.stringMatching(/^invalid_path/) });
  expect(read).toBe(0);
  expect(api.seen).toEqual([]);
});
