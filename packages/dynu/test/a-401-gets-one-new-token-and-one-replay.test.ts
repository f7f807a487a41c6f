import { afterEach, expect, it } from "vitest";
import { createDynuClient, dynuAuth } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("replays a rejected POST once with a fresh token and its body intact", async () => {
  server = await startFakeDynuServer();
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials(fakeDynuCredentials),
    baseUrl: server.url,
  });
  await dynu.GET("/dns");
  // Dynu stops honouring the token while the client still thinks it is valid.
  server.tokens.revokeAllAccessTokens();

  const created = await dynu.POST("/dns", { body: { name: "replayed.example" } });

  expect(created.response.status).toBe(200);
  expect(server.tokens.counts().requests).toBe(2);
  expect(server.state("domains").map((d) => d.name)).toEqual(["replayed.example"]);
  expect(server.requests({ route: "api" }).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
    ["GET /v2/dns 200", "POST /v2/dns 401", "POST /v2/dns 200"],
  );
});

it("returns a second 401 to the caller instead of looping", async () => {
  server = await startFakeDynuServer();
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials(fakeDynuCredentials),
    baseUrl: server.url,
  });
  server.faults.inject({
    kind: "expired-token",
    method: "GET",
    path: "/dns",
    times: Number.POSITIVE_INFINITY,
  });

  const { response, error } = await dynu.GET("/dns");

  expect(response.status).toBe(401);
  expect(error?.exception?.type).toBe("Authentication Exception");
  expect(server.requests({ route: "api" }).map((r) => r.status)).toEqual([401, 401]);
  expect(server.tokens.counts().requests).toBe(2);
});
