import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { systemClock } from "../src/clock/system-clock.js";
import { createSession } from "../src/session/create-session.js";
import { createFileTokenStore } from "../src/stores/file-store.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";
import { startChild, waitForLine } from "./support/run-child.js";

it("two processes sharing a file store: one refreshes, the other adopts its tokens", async () => {
  const dir = await mkdtemp(join(tmpdir(), "auth-race-"));
  const server = await startFakeTokenServer({ clock: systemClock, rotate: true });
  try {
    const path = join(dir, "tokens.json");
    const store = createFileTokenStore(path);
    const key = { provider: "fake", account: "alice" };
    // Seed with a real refresh token, then mark the access token expired so both must refresh.
    const seed = createSession({ auth: oauthAdapter(), baseUrl: server.url, store });
    const seeded = await seed.getToken();
    await store.set(key, { ...seeded, expiresAt: Date.now() - 1 });

    const children = [
      startChild("refresh-worker.ts", [path, server.url]),
      startChild("refresh-worker.ts", [path, server.url]),
    ];
    await Promise.all(children.map(({ child }) => waitForLine(child, "ready")));
    for (const { child } of children) child.stdin?.write("go\n");
    const results = (await Promise.all(children.map((c) => c.output))).map(
      (out) =>
        JSON.parse(out.trim().split("\n").at(-1)!) as { accessToken: string; refreshToken: string },
    );

    expect(server.grants).toEqual(["password", "refresh_token"]);
    expect([...server.spentRefreshTokens]).toEqual([seeded.refreshToken]);
    expect(results[0]).toEqual(results[1]);
    expect(results[0]).toEqual({ accessToken: "at-2", refreshToken: "rt-2" });
    expect((await store.get(key))?.refreshToken).toBe("rt-2");
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
