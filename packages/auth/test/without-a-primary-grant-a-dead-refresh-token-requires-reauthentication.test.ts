import { expect, it } from "vitest";
import { OAuthError } from "../src/errors/oauth-error.js";
import { ReauthenticationRequiredError } from "../src/errors/reauthentication-required-error.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("with only a refresh token, a rejected or expired one raises ReauthenticationRequiredError", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    const rejected = createSession({
      auth: oauthAdapter({ obtain: false, initial: { refreshToken: "rt-unknown" } }),
      baseUrl: server.url,
      clock,
    });
    const error = await rejected.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect((error as ReauthenticationRequiredError).code).toBe("reauthentication_required");
    expect((error as Error).cause).toBeInstanceOf(OAuthError);
    // The rejected token is not sent again.
    await expect(rejected.getToken()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
    expect(server.grants).toEqual(["refresh_token"]);

    const expired = createSession({
      auth: oauthAdapter({
        obtain: false,
        initial: { refreshToken: "rt-old", refreshExpiresAt: clock.now() - 1 },
      }),
      baseUrl: server.url,
      clock,
    });
    await expect(expired.getToken()).rejects.toThrow(/refresh token expired/);
    expect(server.grants).toEqual(["refresh_token"]);
  } finally {
    await server.close();
  }
});
