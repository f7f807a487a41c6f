import { expect, it } from "vitest";
import { TokenRequestError } from "../src/errors/token-request-error.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("a 429 with Retry-After in seconds waits exactly that long", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    server.script({ status: 429, headers: { "retry-after": "7" } });
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const pending = session.getToken();
    await clock.untilSleeping();
    await clock.advance(6999);
    expect(server.grants).toHaveLength(1);
    expect(clock.pending()).toBe(1);
    await clock.advance(1);
    expect((await pending).accessToken).toBe("at-1");
    expect(server.grants).toHaveLength(2);
  } finally {
    await server.close();
  }
});

it("a 429 with Retry-After as an HTTP-date waits until that date", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const when = new Date(clock.now() + 30_000).toUTCString();
    server.script({ status: 429, headers: { "retry-after": when } });
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const pending = session.getToken();
    await clock.untilSleeping();
    await clock.advance(29_999);
    expect(clock.pending()).toBe(1);
    await clock.advance(1);
    expect((await pending).accessToken).toBe("at-1");
  } finally {
    await server.close();
  }
});

it("a Retry-After beyond maxRetryAfterMs fails at once", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    server.script({ status: 429, headers: { "retry-after": "3600" } });
    const session = createSession({
      auth: oauthAdapter(),
      baseUrl: server.url,
      clock,
      retry: { maxRetryAfterMs: 60_000 },
    });
    const error = await session.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect((error as TokenRequestError).status).toBe(429);
    expect(server.grants).toHaveLength(1);
  } finally {
    await server.close();
  }
});
