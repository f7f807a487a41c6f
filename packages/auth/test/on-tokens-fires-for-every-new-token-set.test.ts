import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import type { TokenSet, TokenStoreKey } from "../src/types.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("onTokens is called with each obtained and refreshed set, and a throwing callback is only logged", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock, expiresIn: 600 });
  try {
    const seen: [string, TokenStoreKey][] = [];
    const warnings: string[] = [];
    const session = createSession({
      auth: oauthAdapter(),
      baseUrl: server.url,
      clock,
      logger: { warn: (message) => warnings.push(message) },
      onTokens: (tokens: TokenSet, key) => {
        seen.push([tokens.accessToken, key]);
        if (seen.length === 2) throw new Error("callback failed");
      },
    });
    await session.getToken();
    await session.getToken();
    await clock.advance(600_000);
    await session.getToken();
    await clock.advance(600_000);
    await session.getToken();
    const key = { provider: "fake", account: "alice" };
    expect(seen).toEqual([
      ["at-1", key],
      ["at-2", key],
      ["at-3", key],
    ]);
    expect(warnings).toEqual(["provider-clients callback.failed"]);
  } finally {
    await server.close();
  }
});
