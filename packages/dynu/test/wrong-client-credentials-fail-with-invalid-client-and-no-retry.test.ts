import { afterEach, expect, it } from "vitest";
import { createDynuClient, dynuAuth, OAuthError } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("rejects the call with OAuthError invalid_client (401) after exactly one token request", async () => {
  server = await startFakeDynuServer();
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials({
      clientId: fakeDynuCredentials.clientId,
      clientSecret: "not-the-secret",
    }),
    baseUrl: server.url,
  });
  const failure = await dynu.GET("/dns").then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(OAuthError);
  expect(failure).toMatchObject({ code: "oauth_error", status: 401, error: "invalid_client" });
  expect((failure as OAuthError).message).toContain(`GET ${server.url}/oauth2/token`);
  expect(server.tokens.counts().requests).toBe(1);
  expect(server.requests({ route: "api" })).toEqual([]);
});
