import { inspect } from "node:util";
import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("state() reports status, times and scope but no token", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock, expiresIn: 1800, refreshExpiresIn: 7200 });
  try {
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    expect(session.state()).toEqual({
      kind: "managed",
      status: "empty",
      expiresAt: undefined,
      refreshExpiresAt: undefined,
      hasRefreshToken: false,
      scope: undefined,
      extra: undefined,
    });
    const tokens = await session.getToken();
    const state = session.state();
    expect(state).toEqual({
      kind: "managed",
      status: "valid",
      expiresAt: clock.now() + 1800_000,
      refreshExpiresAt: clock.now() + 7200_000,
      hasRefreshToken: true,
      scope: "read write",
      extra: undefined,
    });
    const rendered = `${JSON.stringify(state)} ${inspect(state)} ${inspect(session, { depth: 5 })}`;
    for (const secret of [tokens.accessToken, tokens.refreshToken!, "s3cret-client", "hunter2"]) {
      expect(rendered).not.toContain(secret);
    }
    await clock.advance(1800_000);
    expect(session.state().status).toBe("expired");
  } finally {
    await server.close();
  }
});
