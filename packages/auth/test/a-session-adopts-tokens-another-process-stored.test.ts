import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createMemoryTokenStore } from "../src/stores/memory-store.js";
import { createFakeClock } from "../src/testing/index.js";
import type { TokenStore } from "../src/types.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("before refreshing, a session re-reads the store and uses a fresher set found there", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock, expiresIn: 600 });
  try {
    const store = createMemoryTokenStore();
    const a = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, store });
    const b = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, store });
    await a.getToken();
    expect((await b.getToken()).accessToken).toBe("at-1");
    await clock.advance(600_000);
    const fromA = await a.getToken();
    const fromB = await b.getToken();
    expect(fromB.accessToken).toBe(fromA.accessToken);
    expect(server.grants).toEqual(["password", "refresh_token"]);
  } finally {
    await server.close();
  }
});

it("when compareAndSet loses, the stored winner is adopted", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const inner = createMemoryTokenStore();
    const key = { provider: "fake", account: "alice" };
    const winner = {
      accessToken: "at-winner",
      refreshToken: "rt-winner",
      tokenType: "Bearer",
      issuedAt: clock.now(),
      expiresAt: clock.now() + 3600_000,
    };
    // A store without a lock where another writer slips in just before our write.
    const store: TokenStore = {
      get: (k) => inner.get(k),
      set: (k, t) => inner.set(k, t),
      delete: (k) => inner.delete(k),
      async compareAndSet(k, expected, next) {
        await inner.set(key, winner);
        return inner.compareAndSet(k, expected, next);
      },
    };
    const seen: string[] = [];
    const session = createSession({
      auth: oauthAdapter(),
      baseUrl: server.url,
      clock,
      store,
      onTokens: (t) => {
        seen.push(t.accessToken);
      },
    });
    expect((await session.getToken()).accessToken).toBe("at-winner");
    expect(seen).toEqual([]);
  } finally {
    await server.close();
  }
});
