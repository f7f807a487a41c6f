import { afterEach, describe, expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createMemoryTokenStore } from "../src/stores/memory-store.js";
import { createFakeClock } from "../src/testing/index.js";
import { type FakeTokenServer, startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";
import { recordingLogger } from "./support/recording-logger.js";

let server: FakeTokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(options: { expiresIn?: number } = {}) {
  const clock = createFakeClock();
  server = await startFakeTokenServer({ clock, expiresIn: options.expiresIn ?? 600 });
  const logger = recordingLogger();
  return { clock, server, logger };
}

// Nothing the fake server issues or the adapter sends may show up in a logged line.
function expectNoSecrets(lines: unknown, server: FakeTokenServer) {
  const text = JSON.stringify(lines);
  for (const secret of ["hunter2-password", "s3cret-client", ...server.validAccessTokens()]) {
    expect(text).not.toContain(secret);
  }
  expect(text).not.toMatch(/\b(at|rt)-\d+\b/);
}

describe("token events", () => {
  it("token.obtained: the primary grant gave a token (info, with its expiry)", async () => {
    const { clock, server, logger } = await setup();
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, logger });
    await session.getToken();
    expect(logger.lines).toEqual([
      {
        level: "info",
        message: "provider-clients token.obtained",
        fields: { event: "token.obtained", provider: "fake", expiresAt: clock.now() + 600_000 },
      },
    ]);
    expectNoSecrets(logger.lines, server);
  });

  it("token.refreshed: the refresh token gave the next one", async () => {
    const { clock, server, logger } = await setup();
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, logger });
    await session.getToken();
    await clock.advance(600_000);
    await session.getToken();
    expect(logger.events()).toEqual(["token.obtained", "token.refreshed"]);
    expect(logger.lines[1]?.fields).toEqual({
      event: "token.refreshed",
      provider: "fake",
      expiresAt: clock.now() + 600_000,
    });
    expectNoSecrets(logger.lines, server);
  });

  it("token.refresh_rejected: the server refused the refresh token (warn, status and OAuth error)", async () => {
    const { clock, server, logger } = await setup();
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, logger });
    await session.getToken();
    await clock.advance(600_000);
    server.script({ status: 400, body: { error: "invalid_grant" } });
    await session.getToken();
    expect(logger.events()).toEqual(["token.obtained", "token.refresh_rejected", "token.obtained"]);
    expect(logger.lines[1]).toMatchObject({
      level: "warn",
      fields: { provider: "fake", status: 400, error: "invalid_grant" },
    });
    expectNoSecrets(logger.lines, server);
  });

  it("token.reused: a token another session stored is used without a request", async () => {
    const { clock, server, logger } = await setup();
    const store = createMemoryTokenStore();
    const first = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, store });
    await first.getToken();
    const second = createSession({
      auth: oauthAdapter(),
      baseUrl: server.url,
      clock,
      store,
      logger,
    });
    await second.load();
    await second.getToken();
    expect(server.grants).toEqual(["password"]);
    expect(logger.lines).toEqual([
      {
        level: "info",
        message: "provider-clients token.reused",
        fields: {
          event: "token.reused",
          provider: "fake",
          source: "store",
          expiresAt: clock.now() + 600_000,
        },
      },
    ]);
    expectNoSecrets(logger.lines, server);
  });

  it("token.revoked: says whether the provider was asked", async () => {
    const { clock, server, logger } = await setup();
    const session = createSession({
      auth: oauthAdapter({ revoke: true }),
      baseUrl: server.url,
      clock,
      logger,
    });
    await session.getToken();
    await session.revoke();
    await session.revoke();
    expect(logger.lines.slice(1).map((line) => [line.level, line.fields])).toEqual([
      ["info", { event: "token.revoked", provider: "fake", atProvider: true }],
      ["info", { event: "token.revoked", provider: "fake", atProvider: false }],
    ]);
    expectNoSecrets(logger.lines, server);
  });

  it("token.reauthentication_required: no grant left (error, with the reason)", async () => {
    const { clock, server, logger } = await setup();
    const session = createSession({
      auth: oauthAdapter({ obtain: false, initial: { refreshToken: "rt-given" } }),
      baseUrl: server.url,
      clock,
      logger,
    });
    server.script({ status: 400, body: { error: "invalid_grant" } });
    await expect(session.getToken()).rejects.toMatchObject({ code: "reauthentication_required" });
    expect(logger.lines.at(-1)).toEqual({
      level: "error",
      message: "provider-clients token.reauthentication_required",
      fields: {
        event: "token.reauthentication_required",
        provider: "fake",
        reason: "refresh token was rejected",
      },
    });
    expect(JSON.stringify(logger.lines)).not.toContain("rt-given");
  });

  it("the level filters: at warn only warnings and errors get through", async () => {
    const { clock, server, logger } = await setup();
    const session = createSession({
      auth: oauthAdapter(),
      baseUrl: server.url,
      clock,
      logger,
      logLevel: "warn",
    });
    await session.getToken();
    await clock.advance(600_000);
    server.script({ status: 400, body: { error: "invalid_grant" } });
    await session.getToken();
    expect(logger.events()).toEqual(["token.refresh_rejected"]);
  });
});
