import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createMemoryTokenStore } from "../src/stores/memory-store.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

const key = { provider: "fake", account: "alice" };

it("keeps the old refresh token when the refresh response omits one", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock, expiresIn: 600, rotate: false });
  try {
    const store = createMemoryTokenStore();
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, store });
    await session.getToken();
    await clock.advance(600_000);
    const refreshed = await session.getToken();
    expect(refreshed.accessToken).toBe("at-2");
    expect(refreshed.refreshToken).toBe("rt-1");
    expect((await store.get(key))?.refreshToken).toBe("rt-1");
    await clock.advance(600_000);
    await session.getToken();
    expect(server.grants).toEqual(["password", "refresh_token", "refresh_token"]);
  } finally {
    await server.close();
  }
});

it("stores the rotated refresh token and uses it next time", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock, expiresIn: 600, rotate: true });
  try {
    const store = createMemoryTokenStore();
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, store });
    await session.getToken();
    await clock.advance(600_000);
    expect((await session.getToken()).refreshToken).toBe("rt-2");
    expect((await store.get(key))?.refreshToken).toBe("rt-2");
    await clock.advance(600_000);
    expect((await session.getToken()).refreshToken).toBe("rt-3");
    expect([...server.spentRefreshTokens]).toEqual(["rt-1", "rt-2"]);
  } finally {
    await server.close();
  }
});
