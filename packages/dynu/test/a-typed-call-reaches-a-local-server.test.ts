import { afterEach, expect, expectTypeOf, it } from "vitest";
import { createDynuClient, dynuAuth } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("lists domains from a fake Dynu on 127.0.0.1 and reads them as typed fields", async () => {
  server = await startFakeDynuServer();
  server.seed("domains", { name: "home.example", ipv4Address: "192.0.2.1", ttl: 120 });
  const dynu = createDynuClient({
    auth: dynuAuth.apiKey(fakeDynuCredentials.apiKey),
    baseUrl: server.url,
  });
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);

  const { data, error, response } = await dynu.GET("/dns");

  expect(response.status).toBe(200);
  expect(error).toBeUndefined();
  const domain = data?.domains?.[0];
  expectTypeOf(domain?.name).toEqualTypeOf<string | undefined>();
  expectTypeOf(domain?.ttl).toEqualTypeOf<number | undefined>();
  expect(data?.statusCode).toBe(200);
  expect(domain?.name).toBe("home.example");
  expect(domain?.ipv4Address).toBe("192.0.2.1");
  expect(domain?.ttl).toBe(120);
  expect(domain?.state).toBe("Complete");
  expect(server.requests({ route: "api" })).toEqual([
    {
      method: "GET",
      path: "/v2/dns",
      route: "api",
      operationId: "dnsGet",
      specPath: "/dns",
      credential: "api-key",
      status: 200,
    },
  ]);
});
