import { expect, it } from "vitest";
import { ProviderClientError } from "../src/errors/provider-client-error.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("await using closes the session: in-flight requests abort, later calls reject", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    // Retry-After makes the backoff sleep deterministic.
    server.script({ status: 503, headers: { "retry-after": "5" } });
    let pending: Promise<unknown> | undefined;
    let escaped: ReturnType<typeof createSession> | undefined;
    {
      await using session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
      escaped = session;
      pending = session.getToken().catch((e: unknown) => e);
      await clock.untilSleeping();
    }
    const error = (await pending) as ProviderClientError;
    expect(error).toBeInstanceOf(ProviderClientError);
    expect(error.code).toBe("session_closed");
    expect(escaped.state().status).toBe("closed");
    await expect(escaped.getToken()).rejects.toMatchObject({ code: "session_closed" });
    expect(server.grants).toEqual(["password"]);
  } finally {
    await server.close();
  }
});
