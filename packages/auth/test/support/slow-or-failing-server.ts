// A loopback API for per-call option tests: counts requests and answers as the test scripts it.
import type { ServerResponse } from "node:http";
import { createProviderClient } from "../../src/client/create-provider-client.js";
import type { ClientOptions, OperationMap } from "../../src/client/types.js";
import { apiKeyAuth } from "../../src/credentials/api-key-auth.js";
import { sendJson, startTestServer, type TestServer } from "../../src/testing/test-server.js";

export const operations = {
  listDns: { method: "get", path: "/dns", security: [{ apiKey: [] }] },
} as const satisfies OperationMap;

export interface Paths {
  "/dns": { get: { responses: { 200: { content: { "application/json": { ok: boolean } } } } } };
}

/** How the server answers request number `n` (1-based). */
export type Answer = (response: ServerResponse, n: number) => void;

/** Answers after `delayMs` with 200 `{ ok: true }`. */
export const after =
  (delayMs: number): Answer =>
  (response) => {
    setTimeout(() => sendJson(response, 200, { ok: true }), delayMs);
  };

/** A started server, the number of requests it got, and a client factory for it. */
export async function startScriptedApi(answer: Answer) {
  let requests = 0;
  const server: TestServer = await startTestServer((_request, response) => {
    requests++;
    answer(response, requests);
  });
  const auth = apiKeyAuth({ provider: "fake", key: "k", header: "API-Key", schemes: ["apiKey"] });
  return {
    server,
    requests: () => requests,
    client: (options: Omit<ClientOptions, "auth"> = {}) =>
      createProviderClient<Paths, typeof operations>(
        { provider: "fake", defaultBaseUrl: server.url, operations },
        { auth, ...options },
      ),
  };
}
