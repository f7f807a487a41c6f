import createClient from "openapi-fetch";
import { expect, it } from "vitest";
import { createAuthMiddleware } from "../src/middleware/auth-middleware.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { type paths, securityFor } from "./support/echo-paths.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("when the replay is also rejected, the caller gets that 401 and nothing loops", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const client = createClient<paths>({ baseUrl: server.url });
    client.use(createAuthMiddleware({ auth: session, securityFor }));
    server.alwaysUnauthorized = true;
    const { error, response } = await client.POST("/api/echo", { body: { n: 3 } });
    expect(response.status).toBe(401);
    expect(error).toEqual({ error: "invalid_token" });
    expect(server.apiCalls.map((c) => c.authorization)).toEqual(["Bearer at-1", "Bearer at-2"]);
    expect(server.grants).toEqual(["password", "refresh_token"]);
  } finally {
    await server.close();
  }
});
