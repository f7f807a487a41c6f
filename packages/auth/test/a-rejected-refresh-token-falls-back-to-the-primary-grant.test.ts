import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("when the server rejects the refresh token, the session uses the primary grant", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock, expiresIn: 600 });
  try {
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    await session.getToken();
    await clock.advance(600_000);
    server.script({ status: 400, body: { error: "invalid_grant" } });
    const next = await session.getToken();
    expect(server.grants).toEqual(["password", "refresh_token", "password"]);
    expect(next.accessToken).toBe("at-2");
    expect(next.refreshToken).toBe("rt-2");
  } finally {
    await server.close();
  }
});
