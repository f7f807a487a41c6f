// A redirect that carries an OAuth `error` becomes OAuthRedirectError (code oauth_redirect_error)
// with the `error` and `error_description` it carried, and no token request is made.
import { adguardDnsAuth } from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials as creds,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { createState, OAuthRedirectError, parseRedirect } from "@provider-clients/auth";
import { dnsimpleAuth } from "@provider-clients/dnsimple";
import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";
import fc from "fast-check";
import { expect, it } from "vitest";
import { followAuthorize } from "../src/support/follow-authorize.js";
import { tally } from "../src/support/tally.js";

/** DNSimple's token endpoint on the fake's API host. */
const dnsimpleTokenPath = "/v2/oauth/access_token";

/** Runs `fn` and returns what it threw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

it("adguard-dns: the user declines (fragment and query) or PKCE is missing: typed error with description", async (context) => {
  const fake = await startFakeAdGuardDnsServer({ approveAs: null });
  try {
    for (const responseType of ["token", "code"] as const) {
      tally(context, { faults: 1 });
      const started = await adguardDnsAuth.authorizeUrl({
        clientId: creds.clientId,
        redirectUri: creds.redirectUri,
        responseType,
        baseUrl: fake.url,
      });
      const redirect = await followAuthorize(started.url);
      const error = thrown(() =>
        adguardDnsAuth.fromRedirect(redirect, {
          expectedState: started.state,
          clientId: creds.clientId,
          codeVerifier: started.codeVerifier,
          redirectUri: creds.redirectUri,
        }),
      );
      expect(error).toBeInstanceOf(OAuthRedirectError);
      expect(error).toMatchObject({
        code: "oauth_redirect_error",
        error: "access_denied",
        errorDescription: expect.stringMatching(/\w/),
      });
    }
    tally(context, { faults: 1 });
    const state = createState();
    const withoutPkce = `${fake.url}/oapi/v1/oauth_authorize?${new URLSearchParams({
      client_id: creds.clientId,
      redirect_uri: creds.redirectUri,
      response_type: "code",
      state,
    })}`;
    const redirect = await followAuthorize(withoutPkce);
    expect(
      thrown(() => adguardDnsAuth.fromRedirect(redirect, { expectedState: state })),
    ).toMatchObject({
      name: "OAuthRedirectError",
      error: "invalid_request",
      errorDescription: expect.stringMatching(/\w/),
    });
    expect(fake.count({ path: "/oapi/v1/oauth_token" })).toBe(0);
  } finally {
    await fake.close();
  }
});

it("dnsimple: a declined authorization comes back with error=access_denied and is typed before any exchange", async (context) => {
  tally(context, { faults: 1 });
  const fake = await startFakeDnsimpleServer();
  try {
    fake.consent = "deny";
    const started = dnsimpleAuth.authorizeUrl({
      clientId: fake.app.clientId,
      redirectUri: fake.app.redirectUri,
      authorizeEndpoint: fake.authorizeEndpoint,
    });
    const redirect = await fake.authorize(started.url);
    // The package exchanges a code but parses no redirect; auth's parseRedirect is the way.
    const error = thrown(() => parseRedirect(redirect, { expectedState: started.state }));
    expect(error).toBeInstanceOf(OAuthRedirectError);
    expect(error).toMatchObject({ code: "oauth_redirect_error", error: "access_denied" });
    expect(fake.count({ method: "POST", path: dnsimpleTokenPath })).toBe(0);
  } finally {
    await fake.close();
  }
});

it("auth parseRedirect: any error and description, in query or fragment, arrive intact", (context) => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1 }),
      fc.string(),
      fc.boolean(),
      (error, description, inFragment) => {
        tally(context, { faults: 1 });
        const state = createState();
        const params = new URLSearchParams({ state, error, error_description: description });
        const url = `http://127.0.0.1/cb${inFragment ? "#" : "?"}${params}`;
        const raised = thrown(() => parseRedirect(url, { expectedState: state }));
        expect(raised).toBeInstanceOf(OAuthRedirectError);
        expect(raised).toMatchObject({ error, code: "oauth_redirect_error" });
        expect((raised as OAuthRedirectError).errorDescription ?? "").toBe(description);
      },
    ),
    { numRuns: 200 },
  );
});
