import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { RequestTimeoutError } from "../src/errors/request-timeout-error.js";
import { ResponseTooLargeError } from "../src/errors/response-too-large-error.js";
import { TokenRequestError } from "../src/errors/token-request-error.js";
import { managedAuth } from "../src/session/managed-auth.js";
import type { Session } from "../src/session/session-types.js";
import { startTestServer, type TestServer } from "../src/testing/test-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A token endpoint that sends its headers at once, then a byte of its body every 50 ms, forever. */
async function tricklingTokenEndpoint(): Promise<string> {
  const server = await startTestServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write("{");
    const timer = setInterval(() => response.write(" "), 50);
    response.on("close", () => clearInterval(timer));
  });
  servers.push(server);
  return server.url;
}

/** The client's session is the managed one: its token, as the first API call would fetch it. */
const tokenOf = (api: { session: unknown }) => (api.session as Session).getToken();

function client(baseUrl: string, timeoutMs: number) {
  const definition = { provider: "fake", defaultBaseUrl: baseUrl, operations: {} };
  const auth = managedAuth(oauthAdapter());
  // biome-ignore lint/suspicious/noExplicitAny: the test talks to the session only.
  return createProviderClient<any, {}>(definition, { auth, timeoutMs, retry: false });
}

it("a body that trickles past timeoutMs fails every waiting caller at the deadline", async () => {
  const api = client(await tricklingTokenEndpoint(), 300);
  const started = Date.now();
  const waiters = [1, 2, 3].map(() => tokenOf(api).catch((error: unknown) => error));
  const errors = await Promise.all(waiters);
  const elapsed = Date.now() - started;
  for (const error of errors) {
    expect(error).toBeInstanceOf(TokenRequestError);
    expect((error as Error).message).toMatch(/did not answer within 300 ms after 1 attempt/);
    expect((error as Error).cause).toBeInstanceOf(RequestTimeoutError);
  }
  // Generous against a starved CPU; today's code stays pending for as long as the body trickles.
  expect(elapsed).toBeLessThan(3_000);
}, 10_000);

it("a token body larger than 1 MiB is refused, announced or not", async () => {
  const server = await startTestServer((request, response) => {
    const big = `{"access_token":"${"x".repeat(1024 * 1024)}"}`;
    if (request.headers["x-announce"] === undefined) {
      response.writeHead(200, { "content-type": "application/json" });
      // Chunked: no Content-Length, so the cap must count bytes as they come.
      response.write(big.slice(0, 512 * 1024));
      response.end(big.slice(512 * 1024));
      return;
    }
    response.writeHead(200, { "content-type": "application/json", "content-length": big.length });
    response.end(big);
  });
  servers.push(server);
  const chunked = await tokenOf(client(server.url, 5_000)).catch((e: unknown) => e);
  expect(chunked).toBeInstanceOf(ResponseTooLargeError);
  expect(chunked).toMatchObject({ code: "response_too_large", maxBodyBytes: 1024 * 1024 });
  expect((chunked as Error).message).toBe(
    `POST ${server.url}/oauth/token: response body is larger than 1048576 bytes; not read`,
  );
  const announcing: typeof fetch = (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init?.headers)), "x-announce": "1" },
    });
  const definition = { provider: "fake", defaultBaseUrl: server.url, operations: {} };
  // biome-ignore lint/suspicious/noExplicitAny: the test talks to the session only.
  const api = createProviderClient<any, {}>(definition, {
    auth: managedAuth(oauthAdapter()),
    fetch: announcing,
    retry: false,
  });
  await expect(tokenOf(api)).rejects.toBeInstanceOf(ResponseTooLargeError);
});
