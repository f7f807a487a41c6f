import { expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { driveUntilSettled } from "./support/drive-clock.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("network errors and 5xx from the token endpoint are retried after backoff sleeps", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    server.script({ network: true }, { status: 503 }, { status: 500 });
    const retry = { retries: 3, baseDelayMs: 1000, maxDelayMs: 8000 };
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock, retry });
    // Full jitter stays under the cap (<= 8 s here), so 8 s steps always wake each backoff.
    const { value, steps } = await driveUntilSettled(clock, session.getToken(), 8000);
    expect(value?.accessToken).toBe("at-1");
    // Jitter may draw 0 ms, which needs no clock step.
    expect(steps).toBeLessThanOrEqual(3);
    expect(server.grants).toEqual(["password", "password", "password", "password"]);
  } finally {
    await server.close();
  }
});
