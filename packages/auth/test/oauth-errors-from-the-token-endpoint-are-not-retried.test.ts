import { expect, it } from "vitest";
import { OAuthError } from "../src/errors/oauth-error.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

it("a 401 invalid_client is thrown as OAuthError at once, with error, description and status", async () => {
  const clock = createFakeClock();
  const server = await startFakeTokenServer({ clock });
  try {
    server.script({
      status: 401,
      body: { error: "invalid_client", error_description: "client authentication failed" },
    });
    const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
    const error = (await session.getToken().catch((e: unknown) => e)) as OAuthError;
    expect(error).toBeInstanceOf(OAuthError);
    expect(error.code).toBe("oauth_error");
    expect(error.error).toBe("invalid_client");
    expect(error.errorDescription).toBe("client authentication failed");
    expect(error.status).toBe(401);
    expect(error.response?.status).toBe(401);
    expect(error.message).toBe(
      `POST ${server.url}/oauth/token: token endpoint rejected the request: invalid_client (client authentication failed)`,
    );
    expect(server.grants).toHaveLength(1);
    expect(clock.pending()).toBe(0);
  } finally {
    await server.close();
  }
});
