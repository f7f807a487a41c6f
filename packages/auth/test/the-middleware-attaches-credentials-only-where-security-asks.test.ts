import createClient from "openapi-fetch";
import { expect, it } from "vitest";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { createAuthMiddleware } from "../src/middleware/auth-middleware.js";
import { needsCredential } from "../src/middleware/security.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { type paths, securityFor } from "./support/echo-paths.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("operations with security [] get no credential; secured ones get the session's token", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const client = createClient<paths>({ baseUrl: server.url });
    client.use(createAuthMiddleware({ auth: session, securityFor }));
    await client.GET("/api/public");
    expect(server.apiCalls.at(-1)?.authorization).toBeUndefined();
    expect(server.grants).toEqual([]);
    const { data } = await client.POST("/api/echo", { body: { n: 1 } });
    expect(data?.ok).toBe(true);
    expect(server.apiCalls.at(-1)?.authorization).toBe("Bearer at-1");
  } finally {
    await server.close();
  }
});

it("a static key goes only to operations whose requirements it satisfies", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const auth = apiKeyAuth({
      provider: "fake",
      key: "k",
      header: "Authorization",
      format: (k) => `ApiKey ${k}`,
      schemes: ["apiKey"],
    });
    const client = createClient<paths>({ baseUrl: server.url });
    client.use(createAuthMiddleware({ auth, securityFor }));
    await client.POST("/api/echo", { body: { n: 1 } });
    // /api/echo needs "oauth", which an API key does not satisfy.
    expect(server.apiCalls.at(-1)?.authorization).toBeUndefined();
  } finally {
    await server.close();
  }
  expect(needsCredential(undefined, [])).toBe(true);
  expect(needsCredential([], ["a"])).toBe(false);
  expect(needsCredential([{ a: [], b: [] }], ["a"])).toBe(false);
  expect(needsCredential([{ b: [] }, { a: ["read"] }], ["a"])).toBe(true);
});
