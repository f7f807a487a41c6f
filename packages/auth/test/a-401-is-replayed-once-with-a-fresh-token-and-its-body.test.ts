import createClient from "openapi-fetch";
import { expect, it } from "vitest";
import { createAuthMiddleware } from "../src/middleware/auth-middleware.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { type paths, securityFor } from "./support/echo-paths.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("after a 401 the session refreshes once and the request is replayed with the same body", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const client = createClient<paths>({ baseUrl: server.url });
    client.use(createAuthMiddleware({ auth: session, securityFor }));
    await client.POST("/api/echo", { body: { n: 1 } });
    server.revokeAccessToken("at-1");

    const { data, response } = await client.POST("/api/echo", { body: { n: 2 } });
    expect(response.status).toBe(200);
    expect(data?.echo).toBe('{"n":2}');
    expect(server.apiCalls.slice(1)).toEqual([
      { authorization: "Bearer at-1", valid: false, body: '{"n":2}' },
      { authorization: "Bearer at-2", valid: true, body: '{"n":2}' },
    ]);
    expect(server.grants).toEqual(["password", "refresh_token"]);
  } finally {
    await server.close();
  }
});
