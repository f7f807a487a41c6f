import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("callers arriving while a token request is in flight wait for it instead of sending another", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock, hold: true });
  try {
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const early = [session.getToken(), session.getToken()];
    while (server.grants.length === 0) await new Promise((r) => setTimeout(r, 1));
    expect(session.state().status).toBe("refreshing");
    const late = [session.getToken(), session.getToken()];
    server.release();
    const all = await Promise.all([...early, ...late]);
    expect(new Set(all.map((t) => t.accessToken)).size).toBe(1);
    expect(server.grants).toEqual(["password"]);
    expect(session.state().status).toBe("valid");
  } finally {
    await server.close();
  }
});
