import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("a refresh token past refreshExpiresAt is not sent; the primary grant is used", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock, expiresIn: 1800, refreshExpiresIn: 3600 });
  try {
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const first = await session.getToken();
    expect(first.refreshExpiresAt).toBe(clock.now() + 3600_000);
    await clock.advance(3600_000);
    await session.getToken();
    expect(server.grants).toEqual(["password", "password"]);
  } finally {
    await server.close();
  }
});
