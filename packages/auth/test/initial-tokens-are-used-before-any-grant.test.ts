import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("a usable initial access token is used as-is; an initial refresh token is traded first", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const given = createSession({
      auth: oauthAdapter({
        initial: { accessToken: "at-given", expiresAt: clock.now() + 3600_000 },
      }),
      baseUrl: server.url,
      clock,
    });
    expect((await given.getToken()).accessToken).toBe("at-given");
    expect(server.grants).toEqual([]);

    // Get a real refresh token from the server, then start a session from it alone.
    const seed = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const { refreshToken } = await seed.getToken();
    const fromRefresh = createSession({
      auth: oauthAdapter({ obtain: false, initial: { refreshToken } }),
      baseUrl: server.url,
      clock,
    });
    const tokens = await fromRefresh.getToken();
    expect(tokens.accessToken).toBe("at-2");
    expect(server.grants).toEqual(["password", "refresh_token"]);
  } finally {
    await server.close();
  }
});
