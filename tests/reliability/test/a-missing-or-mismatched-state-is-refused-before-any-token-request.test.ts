// OAuth `state`: a redirect whose state is missing or not ours is refused with StateMismatchError
// before any token request, so the code stays unspent and the real redirect still works.
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials as creds,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { createState, parseRedirect, StateMismatchError } from "@provider-clients/auth";
import { dnsimpleAuth } from "@provider-clients/dnsimple";
import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";
import fc from "fast-check";
import { expect, it } from "vitest";
import { followAuthorize, withState } from "../src/support/follow-authorize.js";
import { tally } from "../src/support/tally.js";

/** DNSimple's token endpoint on the fake's API host. */
const dnsimpleTokenPath = "/v2/oauth/access_token";

const tampered = [
  { label: "missing", state: undefined, reason: "carries no state" },
  { label: "mismatched", state: "not-the-state-we-sent", reason: "does not match" },
  { label: "empty", state: "", reason: "carries no state" },
] as const;

it("adguard-dns code flow: each tampered state is refused, no token request, the code then works once", async (context) => {
  const fake = await startFakeAdGuardDnsServer();
  try {
    const started = await adguardDnsAuth.authorizeUrl({
      clientId: creds.clientId,
      redirectUri: creds.redirectUri,
      responseType: "code",
      baseUrl: fake.url,
    });
    const redirect = await followAuthorize(started.url);
    const options = {
      expectedState: started.state,
      clientId: creds.clientId,
      codeVerifier: started.codeVerifier,
      redirectUri: creds.redirectUri,
    };
    for (const bad of tampered) {
      tally(context, { badInputs: 1 });
      const attempt = () => adguardDnsAuth.fromRedirect(withState(redirect, bad.state), options);
      expect(attempt, bad.label).toThrow(StateMismatchError);
      expect(attempt, bad.label).toThrow(bad.reason);
      expect(fake.count({ path: "/oapi/v1/oauth_token" }), `${bad.label}: token requests`).toBe(0);
    }
    const client = createAdGuardDnsClient({
      auth: adguardDnsAuth.fromRedirect(redirect, options),
      baseUrl: fake.url,
    });
    expect((await client.op.listDevices()).response.status).toBe(200);
    expect(
      fake.requests({ path: "/oapi/v1/oauth_token" }).map((r) => `${r.grant} ${r.status}`),
    ).toEqual(["authorization_code 200"]);
  } finally {
    await fake.close();
  }
});

it("adguard-dns implicit flow: a fragment with a tampered state is refused before its token is used", async (context) => {
  const fake = await startFakeAdGuardDnsServer();
  try {
    const started = await adguardDnsAuth.authorizeUrl({
      clientId: creds.clientId,
      redirectUri: creds.redirectUri,
      responseType: "token",
      baseUrl: fake.url,
    });
    const redirect = await followAuthorize(started.url);
    for (const bad of tampered) {
      tally(context, { badInputs: 1 });
      expect(() =>
        adguardDnsAuth.fromRedirect(withState(redirect, bad.state), {
          expectedState: started.state,
        }),
      ).toThrow(StateMismatchError);
    }
    expect(fake.requests().filter((r) => r.route === "api")).toEqual([]);
    expect(fake.count({ path: "/oapi/v1/oauth_token" })).toBe(0);
  } finally {
    await fake.close();
  }
});

it("dnsimple exchangeCode: a missing or mismatched state sends nothing; the right one then exchanges", async (context) => {
  const fake = await startFakeDnsimpleServer();
  try {
    const { app } = fake;
    const started = dnsimpleAuth.authorizeUrl({
      clientId: app.clientId,
      redirectUri: app.redirectUri,
      authorizeEndpoint: fake.authorizeEndpoint,
    });
    const back = new URL(await fake.authorize(started.url));
    const base = {
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      code: back.searchParams.get("code") ?? "",
      redirectUri: app.redirectUri,
      expectedState: started.state,
      baseUrl: fake.url,
    };
    for (const bad of tampered) {
      tally(context, { badInputs: 1 });
      await expect(
        dnsimpleAuth.exchangeCode({ ...base, state: bad.state ?? "" }),
        bad.label,
      ).rejects.toMatchObject({ name: "StateMismatchError", code: "state_mismatch" });
    }
    tally(context, { badInputs: 1 });
    await expect(
      dnsimpleAuth.exchangeCode({ ...base, state: started.state, expectedState: "" }),
    ).rejects.toBeInstanceOf(StateMismatchError);
    expect(fake.count({ method: "POST", path: dnsimpleTokenPath })).toBe(0);
    const token = await dnsimpleAuth.exchangeCode({ ...base, state: started.state });
    expect(token.accountId).toBe(fake.account.id);
    expect(fake.count({ method: "POST", path: dnsimpleTokenPath })).toBe(1);
  } finally {
    await fake.close();
  }
});

it("auth parseRedirect: any other state is refused before an error or code is even read", (context) => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1 }),
      fc.option(fc.string(), { nil: undefined }),
      fc.boolean(),
      fc.boolean(),
      (other, error, carriesCode, inFragment) => {
        tally(context, { badInputs: 1 });
        const expected = createState();
        fc.pre(other !== expected);
        const params = new URLSearchParams({ state: other });
        if (error !== undefined) params.set("error", error);
        if (carriesCode) params.set("code", "a-code");
        const url = `http://127.0.0.1/callback${inFragment ? "#" : "?"}${params}`;
        expect(() => parseRedirect(url, { expectedState: expected })).toThrow(StateMismatchError);
        const none = new URLSearchParams(params);
        none.delete("state");
        const missing = `http://127.0.0.1/callback${inFragment ? "#" : "?"}${none}`;
        expect(() => parseRedirect(missing, { expectedState: expected })).toThrow(
          "carries no state",
        );
      },
    ),
    { numRuns: 200 },
  );
});
