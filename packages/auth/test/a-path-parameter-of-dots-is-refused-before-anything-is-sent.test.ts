import { afterEach, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { ProviderClientError } from "../src/errors/provider-client-error.js";
import { sendJson, startTestServer, type TestServer } from "../src/testing/index.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const auth = apiKeyAuth({ provider: "fake", key: "k", header: "API-Key", schemes: ["key"] });

it.each(["..", ".", "", "%2e%2e", "%2E.", ".%2e", "%2e"])(
  "%j as a path parameter is refused with invalid_path_param and nothing reaches the server",
  async (value) => {
    const seen: string[] = [];
    const server = await startTestServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      sendJson(response, 200, {});
    });
    servers.push(server);
    const definition = { provider: "fake", defaultBaseUrl: server.url, operations: {} };
    // biome-ignore lint/suspicious/noExplicitAny: untyped paths.
    const api = createProviderClient<any, {}>(definition, { auth, retry: false });
    const error = await api
      .DELETE("/projects/{projectId}/lineItems/{lineItemId}", {
        params: { path: { projectId: "p1", lineItemId: value } },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderClientError);
    expect(error).toMatchObject({ code: "invalid_path_param" });
    expect((error as Error).message).toContain(
      `path parameter lineItemId is ${JSON.stringify(value)}`,
    );
    expect(seen).toEqual([]);
    // Dots inside a value are an ordinary name.
    await api.DELETE("/projects/{projectId}/lineItems/{lineItemId}", {
      params: { path: { projectId: "p1", lineItemId: "a..b" } },
    });
    expect(seen).toEqual(["DELETE /projects/p1/lineItems/a..b"]);
  },
);
