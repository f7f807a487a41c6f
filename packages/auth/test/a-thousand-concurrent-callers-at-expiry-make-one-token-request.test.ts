import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("1,000 concurrent callers at expiry cause exactly one token request", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock, expiresIn: 3600 });
  try {
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const first = await session.getToken();
    expect(server.grants).toEqual(["password"]);
    await clock.advance(3600 * 1000);
    const results = await Promise.all(Array.from({ length: 1000 }, () => session.getToken()));
    expect(server.grants).toEqual(["password", "refresh_token"]);
    expect(server.maxInFlight).toBe(1);
    const tokens = new Set(results.map((t) => t.accessToken));
    expect(tokens.size).toBe(1);
    expect(tokens.has(first.accessToken)).toBe(false);
  } finally {
    await server.close();
  }
});
