import { createServer } from "node:net";
import { expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { NetworkError } from "../src/errors/network-error.js";
import { ProviderClientError } from "../src/errors/provider-client-error.js";

/** A port on 127.0.0.1 that was free a moment ago and has nothing listening now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const key = apiKeyAuth({ provider: "fake", key: "secret-key-1", header: "API-Key", schemes: [] });

function client(baseUrl: string, timeoutMs?: number) {
  const definition = { provider: "fake", defaultBaseUrl: baseUrl, operations: {} };
  const options = {
    auth: key,
    retry: false as const,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
  // biome-ignore lint/suspicious/noExplicitAny: the test talks to untyped paths.
  return createProviderClient<any, {}>(definition, options);
}

it("throws NetworkError naming the method, URL and system error, with fetch's error as cause", async () => {
  const baseUrl = `http://127.0.0.1:${await closedPort()}/v1`;
  for (const api of [client(baseUrl), client(baseUrl, 0)]) {
    const error = await api.GET("/items", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toBeInstanceOf(ProviderClientError);
    expect((error as NetworkError).code).toBe("network_error");
    expect((error as Error).message).toBe(`GET ${baseUrl}/items: no answer (ECONNREFUSED)`);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(JSON.stringify(error)).not.toContain("secret-key-1");
  }
});

it("leaves the caller's own abort as the caller's reason", async () => {
  const baseUrl = `http://127.0.0.1:${await closedPort()}/v1`;
  const controller = new AbortController();
  controller.abort(new Error("caller gave up"));
  const api = client(baseUrl);
  await expect(api.GET("/items", { signal: controller.signal })).rejects.toThrow("caller gave up");
});
