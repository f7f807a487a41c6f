// AdGuard DNS's part of the tour: every auth flow against the fake server, with an expiry crossed.
import {
  type AdGuardDnsClient,
  adguardDnsAuth,
  createAdGuardDnsClient,
  MfaRequiredError,
} from "@provider-clients/adguard-dns";
import {
  createFakeClock,
  fakeAdGuardDnsCredentials as creds,
  type FakeAdGuardDnsServer,
  type FakeClock,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import type { ProviderTour, TourLog } from "@provider-clients/scripts/suites/demo";

const hour = 60 * 60_000;
const tokenLifetimeSeconds = 3600;

type Fake = FakeAdGuardDnsServer<FakeClock>;

// Token endpoint requests the fake answered, of one grant or all.
const tokenRequests = (fake: Fake, grant?: string) =>
  fake.requests({ path: "/oapi/v1/oauth_token" }).filter((r) => !grant || r.grant === grant).length;
const revocations = (fake: Fake) => fake.count({ path: "/oapi/v1/revoke_token" });
const refused = (fake: Fake) => fake.requests().filter((r) => r.status === 401).length;

/** Runs every AdGuard DNS flow against a fresh fake server and stops it, even when a step fails. */
export const tour: ProviderTour = async (log) => {
  const fake = await startFakeAdGuardDnsServer({
    clock: createFakeClock(Date.now()),
    accessTokenTtlSeconds: tokenLifetimeSeconds,
  });
  const connect = (auth: Parameters<typeof createAdGuardDnsClient>[0]["auth"]) =>
    createAdGuardDnsClient({ auth, baseUrl: fake.url, clock: fake.clock, throwOnError: true });
  try {
    // API key: static header, nothing to refresh or revoke at the vendor.
    const keyed = connect(adguardDnsAuth.apiKey(creds.apiKey));
    await log.step("api key: authenticate (Authorization: ApiKey)", async () => {
      const { data } = await keyed.op.getAccountLimits();
      return `limits: ${data?.devices.limit} devices, ${data?.dns_servers.limit} DNS servers; token requests: ${tokenRequests(fake)}`;
    });
    await deviceRoundTrip(log, keyed, "api key");

    // Password with two-factor: the typed MFA outcome, then the retry with the code.
    const mfaLogin = { username: creds.mfaUsername, password: creds.mfaPassword };
    await log.step("password: MFA account without a code -> MfaRequiredError", async () => {
      try {
        await connect(adguardDnsAuth.password(mfaLogin)).op.listDNSServers();
      } catch (error) {
        if (error instanceof MfaRequiredError)
          return `${error.code} (error_code ${error.errorCode})`;
        throw error;
      }
      throw new Error("the login without a code was accepted");
    });
    const password = connect(adguardDnsAuth.password({ ...mfaLogin, mfaToken: creds.mfaToken }));
    await log.step(
      "password: authenticate with mfa_token (form-encoded grant_type=password)",
      async () => {
        await password.op.listDNSServers();
        return sessionSummary(password, fake);
      },
    );
    await deviceRoundTrip(log, password, "password");
    await silentRefresh(log, password, fake, "password");
    await revoke(log, password, fake, "password");

    // Refresh token the caller already holds.
    const held = await passwordTokens();
    const refreshing = connect(adguardDnsAuth.refreshToken(held.refresh_token));
    await log.step("refresh token: authenticate (grant_type=refresh_token)", async () => {
      await refreshing.op.listDNSServers();
      return sessionSummary(refreshing, fake);
    });
    await deviceRoundTrip(log, refreshing, "refresh token");
    await silentRefresh(log, refreshing, fake, "refresh token");
    await revoke(log, refreshing, fake, "refresh token");

    // A bare access token: sent as a bearer token, never refreshed.
    const bearer = connect(adguardDnsAuth.accessToken((await passwordTokens()).access_token));
    await log.step("access token: authenticate (static bearer)", async () => {
      const before = tokenRequests(fake);
      await bearer.op.listDNSServers();
      return `state ${bearer.session.state().status}; token requests unchanged at ${before}`;
    });
    await deviceRoundTrip(log, bearer, "access token");

    // Authorization code + PKCE.
    const start = await adguardDnsAuth.authorizeUrl({
      clientId: creds.clientId,
      redirectUri: creds.redirectUri,
      responseType: "code",
      baseUrl: fake.url,
    });
    const code = connect(
      adguardDnsAuth.fromRedirect(await follow(start.url), {
        expectedState: start.state,
        clientId: creds.clientId,
        codeVerifier: start.codeVerifier,
        redirectUri: creds.redirectUri,
      }),
    );
    await log.step("code + PKCE: authorize, check state, exchange the code", async () => {
      const verifierInUrl = start.url.includes(start.codeVerifier ?? "?");
      if (verifierInUrl) throw new Error("the PKCE verifier was put in the authorize URL");
      await code.op.listDNSServers();
      return `S256 challenge sent, verifier kept; ${sessionSummary(code, fake)}`;
    });
    await deviceRoundTrip(log, code, "code + PKCE");
    await silentRefresh(log, code, fake, "code + PKCE");
    await revoke(log, code, fake, "code + PKCE");

    // Implicit: the token comes back in the URL fragment.
    const implicit = await adguardDnsAuth.authorizeUrl({
      clientId: creds.clientId,
      redirectUri: creds.redirectUri,
      responseType: "token",
      baseUrl: fake.url,
    });
    const fragment = connect(
      adguardDnsAuth.fromRedirect(await follow(implicit.url), { expectedState: implicit.state }),
    );
    await log.step("implicit: token from the #fragment", async () => {
      await fragment.op.listDNSServers();
      const state = fragment.session.state();
      return `valid for ${((state.expiresAt ?? 0) - fake.clock.now()) / hour} h, no refresh token (${state.hasRefreshToken})`;
    });
    await deviceRoundTrip(log, fragment, "implicit");
  } finally {
    await log.step("stop the fake AdGuard DNS", async () => {
      await fake.close();
      const api = fake.requests().filter((r) => r.route === "api").length;
      return `served ${api} API and ${tokenRequests(fake)} token requests, ${revocations(fake)} revocations`;
    });
  }

  // A fresh password login outside the client, standing in for tokens the caller already holds.
  async function passwordTokens(): Promise<{ access_token: string; refresh_token: string }> {
    const response = await fetch(`${fake.url}/oapi/v1/oauth_token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "password",
        username: creds.username,
        password: creds.password,
      }),
    });
    return (await response.json()) as { access_token: string; refresh_token: string };
  }
};

// The user's browser: opens the authorize URL and returns the redirect target.
async function follow(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "manual" });
  const location = response.headers.get("location");
  if (!location) throw new Error(`authorize answered ${response.status} without a redirect`);
  return location;
}

function sessionSummary(client: AdGuardDnsClient, fake: Fake): string {
  const state = client.session.state();
  const hours = ((state.expiresAt ?? 0) - fake.clock.now()) / hour;
  return `token valid for ${hours} h, refresh token ${state.hasRefreshToken ? "held" : "absent"}; token requests: ${tokenRequests(fake)}`;
}

// Typed calls: create a device, list it (v2 cursor page), rename it, delete it.
async function deviceRoundTrip(log: TourLog, adguard: AdGuardDnsClient, flow: string) {
  let id = "";
  await log.step(`${flow}: create, list, update and delete a device`, async () => {
    const { data: servers } = await adguard.op.listDNSServers();
    const serverId = servers?.[0]?.id ?? "";
    const { data: created } = await adguard.op.createDevice({
      body: { name: `${flow} phone`, device_type: "IOS", dns_server_id: serverId },
    });
    id = created?.id ?? "";
    const { data: page } = await adguard.op.getDevices({ params: { query: { search: id } } });
    if (!page?.items.some((d) => d.id === id)) throw new Error(`device ${id} is not listed`);
    await adguard.op.updateDevice({
      params: { path: { device_id: id } },
      body: { name: `${flow} tablet` },
    });
    const { data: renamed } = await adguard.op.getDevice({ params: { path: { device_id: id } } });
    await adguard.op.removeDevice({ params: { path: { device_id: id } } });
    const { data: left } = await adguard.op.listDevices();
    if (left?.some((d) => d.id === id)) throw new Error(`device ${id} is still listed`);
    return `created ${id}, listed, renamed to "${renamed?.name}", deleted`;
  });
}

// Moves the fake clock past the access token's expiry; the next call refreshes first, once.
async function silentRefresh(log: TourLog, adguard: AdGuardDnsClient, fake: Fake, flow: string) {
  await log.step(
    `${flow}: silent refresh across the ${tokenLifetimeSeconds / 3600}-hour expiry`,
    async () => {
      const before = tokenRequests(fake, "refresh_token");
      const refusedBefore = refused(fake);
      await fake.clock.advance(tokenLifetimeSeconds * 1000);
      await Promise.all([adguard.op.listDNSServers(), adguard.op.getAccountLimits()]);
      const after = tokenRequests(fake, "refresh_token");
      const refusedAfter = refused(fake);
      if (after !== before + 1) throw new Error(`expected one refresh, saw ${after - before}`);
      if (refusedAfter !== refusedBefore)
        throw new Error(`${refusedAfter - refusedBefore} request(s) were refused`);
      return `clock +1 h: refresh requests ${before} -> ${after} for two concurrent calls, no 401`;
    },
  );
}

async function revoke(log: TourLog, adguard: AdGuardDnsClient, fake: Fake, flow: string) {
  await log.step(`${flow}: revoke (POST /oapi/v1/revoke_token)`, async () => {
    const [before, live] = [revocations(fake), fake.tokens.counts().activeRefreshTokens];
    await adguard.session.revoke();
    // One revoke request, and one refresh token fewer at the server: the token was known there.
    const gone = live - fake.tokens.counts().activeRefreshTokens;
    if (revocations(fake) !== before + 1 || gone !== 1) {
      throw new Error("the refresh token was not revoked at the server");
    }
    return `refresh token revoked; session ${adguard.session.state().status}`;
  });
}
