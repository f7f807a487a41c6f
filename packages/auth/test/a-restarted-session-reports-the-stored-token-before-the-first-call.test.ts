import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFileTokenStore } from "../src/stores/file-store.js";
import { createMemoryTokenStore } from "../src/stores/memory-store.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("a new process sees the file store's valid token in state() without any request", async () => {
  const dir = await mkdtemp(join(tmpdir(), "restart-"));
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const file = join(dir, "tokens.json");
    const first = createSession({
      auth: oauthAdapter(),
      baseUrl: server.url,
      clock,
      store: createFileTokenStore(file),
    });
    await first.getToken();
    await first[Symbol.asyncDispose]();

    // The "restart": a new store object and session over the same file.
    const second = createSession({
      auth: oauthAdapter(),
      baseUrl: server.url,
      clock,
      store: createFileTokenStore(file),
    });
    const loaded = await second.load();
    expect(loaded).toMatchObject({ status: "valid", hasRefreshToken: true });
    expect(second.state().status).toBe("valid");
    expect(server.grants).toEqual(["password"]);

    // Without load(): the read started at creation lands before any call is made.
    const third = createSession({
      auth: oauthAdapter(),
      baseUrl: server.url,
      clock,
      store: createFileTokenStore(file),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(third.state().status).toBe("valid");
    expect(server.grants).toEqual(["password"]);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

it("a store read that lands after a revoke does not bring the revoked token back", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const store = createMemoryTokenStore();
    const key = { provider: "fake", account: "alice" };
    await store.set(key, { accessToken: "kept", tokenType: "Bearer", issuedAt: clock.now() });
    // The first read (the one started at creation) answers only when released.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const read = store.get.bind(store);
    let reads = 0;
    store.get = async (k) => {
      const answer = await read(k);
      if (++reads === 1) await gate;
      return answer;
    };
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, store });
    await session.revoke();
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(session.state().status).toBe("empty");
  } finally {
    await server.close();
  }
});
