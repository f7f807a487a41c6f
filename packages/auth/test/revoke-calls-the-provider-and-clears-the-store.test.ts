import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createMemoryTokenStore } from "../src/stores/memory-store.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

const key = { provider: "fake", account: "alice" };

it("revoke() calls the adapter's revoke, clears the store, and the next call needs a new grant", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const store = createMemoryTokenStore();
    const session = createSession({
      auth: oauthAdapter({ revoke: true }),
      baseUrl: server.url,
      clock,
      store,
    });
    await session.getToken();
    await session.revoke();
    expect(server.grants).toEqual(["password", "revoke"]);
    expect(await store.get(key)).toBeUndefined();
    expect(session.state().status).toBe("empty");
    expect((await session.getToken()).accessToken).toBe("at-2");
    expect(server.grants).toEqual(["password", "revoke", "password"]);
  } finally {
    await server.close();
  }
});

it("the store is cleared even when the provider's revoke fails", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const store = createMemoryTokenStore();
    const auth = oauthAdapter();
    auth.revoke = async () => {
      throw new Error("logout endpoint down");
    };
    const session = createSession({ auth, baseUrl: server.url, clock, store });
    await session.getToken();
    await expect(session.revoke()).rejects.toThrow("logout endpoint down");
    expect(await store.get(key)).toBeUndefined();
  } finally {
    await server.close();
  }
});

it("without an adapter revoke, revoke() only forgets the tokens (initial ones included)", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const session = createSession({
      auth: oauthAdapter({ obtain: false, initial: { refreshToken: "rt-given" } }),
      baseUrl: server.url,
      clock,
    });
    await session.revoke();
    await expect(session.getToken()).rejects.toThrow(/re-authentication required/);
    expect(server.grants).toEqual([]);
  } finally {
    await server.close();
  }
});
