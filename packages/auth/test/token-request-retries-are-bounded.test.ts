import { expect, it } from "vitest";
import { TokenRequestError } from "../src/errors/token-request-error.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { driveUntilSettled } from "./support/drive-clock.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("after the configured retries a TokenRequestError reports the status and attempt count", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    server.script({ status: 502 }, { status: 502 }, { status: 502 }, { status: 502 });
    const retry = { retries: 2, baseDelayMs: 100, maxDelayMs: 100 };
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, retry });
    const { error } = (await driveUntilSettled(clock, session.getToken(), 100)) as {
      error: TokenRequestError;
    };
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.code).toBe("token_request_failed");
    expect(error.status).toBe(502);
    expect(error.attempts).toBe(3);
    expect(error.method).toBe("POST");
    expect(error.message).toContain(`POST ${server.url}/oauth/token`);
    expect(server.grants).toHaveLength(3);
  } finally {
    await server.close();
  }
});

it("retry: false makes a single attempt", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    server.script({ network: true });
    const session = createSession({
      auth: oauthAdapter(),
      baseUrl: server.url,
      clock,
      retry: false,
    });
    const error = await session.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect((error as TokenRequestError).attempts).toBe(1);
    expect((error as Error).cause).toBeInstanceOf(Error);
  } finally {
    await server.close();
  }
});
