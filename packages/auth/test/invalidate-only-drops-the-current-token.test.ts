import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("invalidate(token) forces a refresh only while that token is still current", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const first = await session.getToken();
    session.invalidate("some-other-token");
    expect((await session.getToken()).accessToken).toBe(first.accessToken);

    session.invalidate(first.accessToken);
    const second = await session.getToken();
    expect(second.accessToken).not.toBe(first.accessToken);
    // A late 401 for the old token must not throw away the new one.
    session.invalidate(first.accessToken);
    expect((await session.getToken()).accessToken).toBe(second.accessToken);
    expect(server.grants).toEqual(["password", "refresh_token"]);
  } finally {
    await server.close();
  }
});
