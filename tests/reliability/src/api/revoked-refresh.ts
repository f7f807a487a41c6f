// Sessions whose refresh token is revoked in the middle, with and without a password to fall back on.
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { createMemoryTokenStore, type ManagedAuth } from "@provider-clients/auth";
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import { adguardAccessTokenMs, adguardKind } from "../flows/adguard-dns.js";
import { dynataAccessTokenMs, dynataKind } from "../flows/dynata.js";
import { collectingTokens, type FlowOptions, type Outcome, settle } from "../flows/token-flow.js";
import { createSteppingClock } from "../support/stepping-clock.js";
import { createWireLog, type WireEntry } from "../support/wire-log.js";

/** The call after the revocation and what it sent. */
export interface RevokedRefreshRun {
  outcome: Outcome;
  /** Requests sent from the revocation on. */
  wire: WireEntry[];
}

/** Dynata: logs in, the server revokes every refresh token, the access token expires, one read. */
export async function dynataRefreshRevoked(
  withPassword: boolean,
  options: FlowOptions = {},
): Promise<RevokedRefreshRun> {
  const clock = createSteppingClock();
  const fake = await startFakeDynataServer({ clock });
  options.secrets?.set("dynata password", fakeDynataUser.password);
  const store = options.store ?? createMemoryTokenStore();
  const onTokens = collectingTokens(options, "dynata");
  const wire = createWireLog(dynataKind);
  const full = dynataAuth.password(fakeDynataUser);
  // Without a password: a later run that kept the stored tokens but not the password.
  const later: ManagedAuth = withPassword ? full : { ...full, obtain: undefined };
  const first = createDynataClient({ auth: full, baseUrl: fake.url, clock, store, onTokens });
  const client = createDynataClient({
    auth: later,
    baseUrl: fake.url,
    fetch: wire.fetch,
    clock,
    store,
    onTokens,
  });
  try {
    const login = await first.GET("/sample/v1/projects");
    if (login.response.status !== 200) throw new Error("login failed");
    await first.session[Symbol.asyncDispose]();
    fake.tokens.revokeAllRefreshTokens();
    await clock.advance(dynataAccessTokenMs);
    const outcome = await settle(() => client.GET("/sample/v1/projects"));
    return { outcome, wire: [...wire.entries] };
  } finally {
    await client.session[Symbol.asyncDispose]();
    await fake.close();
  }
}

/** AdGuard DNS: a password session, or one started from a refresh token; all refresh tokens revoked. */
export async function adguardRefreshRevoked(
  withPassword: boolean,
  options: FlowOptions = {},
): Promise<RevokedRefreshRun> {
  const clock = createSteppingClock();
  const fake = await startFakeAdGuardDnsServer({
    clock,
    accessTokenTtlSeconds: adguardAccessTokenMs / 1000,
  });
  options.secrets?.set("adguard password", fakeAdGuardDnsCredentials.password);
  const onTokens = collectingTokens(options, "adguard");
  let auth = adguardDnsAuth.password(fakeAdGuardDnsCredentials);
  if (!withPassword) {
    let given = "";
    const login = createAdGuardDnsClient({
      auth,
      baseUrl: fake.url,
      clock,
      onTokens: async (tokens, key) => {
        given = tokens.refreshToken ?? "";
        await onTokens(tokens, key);
      },
    });
    if ((await login.op.listDevices()).response.status !== 200) throw new Error("login failed");
    await login.session[Symbol.asyncDispose]();
    auth = adguardDnsAuth.refreshToken(given);
  }
  const wire = createWireLog(adguardKind);
  const client = createAdGuardDnsClient({
    auth,
    baseUrl: fake.url,
    fetch: wire.fetch,
    clock,
    store: options.store,
    onTokens,
  });
  try {
    if ((await client.op.listDevices()).response.status !== 200) throw new Error("start failed");
    fake.tokens.revokeAllRefreshTokens();
    await clock.advance(adguardAccessTokenMs);
    wire.reset();
    const outcome = await settle(() => client.op.listDevices());
    return { outcome, wire: [...wire.entries] };
  } finally {
    await client.session[Symbol.asyncDispose]();
    await fake.close();
  }
}
