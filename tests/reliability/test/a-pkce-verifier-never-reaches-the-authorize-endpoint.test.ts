// PKCE: the authorize URL carries only the S256 challenge; the verifier is sent once, in the code
// exchange at the token endpoint, and nowhere else.
import { createHash } from "node:crypto";
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials as creds,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { buildAuthorizeUrl, createPkcePair } from "@provider-clients/auth";
import fc from "fast-check";
import { expect, it } from "vitest";
import { followAuthorize } from "../src/support/follow-authorize.js";
import { tally } from "../src/support/tally.js";

const s256 = (verifier: string) => createHash("sha256").update(verifier).digest("base64url");

/** Every form the verifier could take in a URL. */
const appearsIn = (text: string, verifier: string) =>
  [text, decodeURIComponent(text)].some((t) => t.includes(verifier));

it("adguard-dns: the authorize request holds the challenge; only the token request holds the verifier", async (context) => {
  tally(context, { secretsSearched: 1 });
  const fake = await startFakeAdGuardDnsServer();
  const sent: { path: string; url: string; body: string }[] = [];
  const recording: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    sent.push({
      path: new URL(url).pathname,
      url,
      body: typeof init?.body === "string" ? init.body : "",
    });
    return fetch(input, init);
  };
  try {
    const started = await adguardDnsAuth.authorizeUrl({
      clientId: creds.clientId,
      redirectUri: creds.redirectUri,
      responseType: "code",
      baseUrl: fake.url,
    });
    const verifier = started.codeVerifier ?? "";
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    const authorize = new URL(started.url);
    expect(authorize.searchParams.get("code_challenge")).toBe(s256(verifier));
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(appearsIn(started.url, verifier)).toBe(false);

    const redirect = await followAuthorize(started.url);
    expect(appearsIn(redirect, verifier)).toBe(false);
    const client = createAdGuardDnsClient({
      auth: adguardDnsAuth.fromRedirect(redirect, {
        expectedState: started.state,
        clientId: creds.clientId,
        codeVerifier: verifier,
        redirectUri: creds.redirectUri,
      }),
      baseUrl: fake.url,
      fetch: recording,
    });
    expect((await client.op.listDevices()).response.status).toBe(200);
    const carrying = sent.filter((r) => appearsIn(r.url, verifier) || r.body.includes(verifier));
    expect(carrying.map((r) => r.path)).toEqual(["/oapi/v1/oauth_token"]);
    expect(new URLSearchParams(carrying[0]?.body).get("code_verifier")).toBe(verifier);
  } finally {
    await fake.close();
  }
});

it("any authorize URL built for the code flow holds a matching challenge and never the verifier", async (context) => {
  await fc.assert(
    fc.asyncProperty(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.webUrl(),
      fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      async (clientId, redirectUri, state) => {
        tally(context, { secretsSearched: 2 });
        const adguard = await adguardDnsAuth.authorizeUrl({
          clientId,
          redirectUri,
          responseType: "code",
          state,
        });
        const verifier = adguard.codeVerifier ?? "";
        expect(new URL(adguard.url).searchParams.get("code_challenge")).toBe(s256(verifier));
        expect(appearsIn(adguard.url, verifier)).toBe(false);
        const pair = await createPkcePair();
        const url = buildAuthorizeUrl("https://auth.example.test/authorize", {
          client_id: clientId,
          redirect_uri: redirectUri,
          state,
          code_challenge: pair.challenge,
          code_challenge_method: pair.method,
        });
        expect(pair.challenge).toBe(s256(pair.verifier));
        expect(appearsIn(url, pair.verifier)).toBe(false);
      },
    ),
    { numRuns: 100 },
  );
});
