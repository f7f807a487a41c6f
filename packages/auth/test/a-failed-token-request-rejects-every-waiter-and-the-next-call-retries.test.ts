import { expect, it } from "vitest";
import { OAuthError } from "../src/errors/oauth-error.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("a failed token request rejects all waiters with the same error, then the next call retries", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    server.script({ status: 400, body: { error: "invalid_request", error_description: "bad" } });
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const settled = await Promise.allSettled(Array.from({ length: 20 }, () => session.getToken()));
    const reasons = settled.map((s) => (s.status === "rejected" ? s.reason : undefined));
    expect(reasons[0]).toBeInstanceOf(OAuthError);
    expect(reasons.every((r) => r === reasons[0])).toBe(true);
    expect(server.grants).toEqual(["password"]);

    const token = await session.getToken();
    expect(token.accessToken).toMatch(/^at-/);
    expect(server.grants).toEqual(["password", "password"]);
  } finally {
    await server.close();
  }
});
