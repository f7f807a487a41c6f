import { expect, it } from "vitest";
import { adguardDnsAuth, OAuthRedirectError } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { visit } from "./support/browser.js";
import { grantCount, startFake } from "./support/fake.js";

it("turns error and error_description from the redirect into OAuthRedirectError", async () => {
  const server = await startFake({ approveAs: null });
  for (const responseType of ["code", "token"] as const) {
    const start = await adguardDnsAuth.authorizeUrl({
      clientId: creds.clientId,
      redirectUri: creds.redirectUri,
      responseType,
      baseUrl: server.url,
    });
    const redirect = await visit(start.url);
    const failure = (() => {
      try {
        adguardDnsAuth.fromRedirect(redirect, { expectedState: start.state });
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(OAuthRedirectError);
    expect(failure).toMatchObject({
      code: "oauth_redirect_error",
      error: "access_denied",
      errorDescription: "The user declined.",
    });
  }
  expect(grantCount(server)).toBe(0);
});
