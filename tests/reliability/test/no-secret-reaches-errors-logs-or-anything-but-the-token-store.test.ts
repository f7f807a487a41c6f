// Secrets: every flow is run through every failure above while everything a user could see or
// store is collected; no password, client secret, key, code, verifier or token may show up in
// thrown errors (message, stack, cause chain, JSON, inspect, fields), log lines, console output or
// session snapshots, and the token-store files (mode 0600) hold tokens and nothing else.
import { inspect } from "node:util";
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials as adguardCreds,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { createSession } from "@provider-clients/auth";
import { dnsimpleAuth } from "@provider-clients/dnsimple";
import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";
import { dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import { afterEach, expect, it, vi } from "vitest";
import { apiTargets, startTarget } from "../src/api/api-targets.js";
import { registryDefaultApiTarget } from "../src/api/registry-default-api-target.js";
import { refreshRevocations, tokenFlows } from "../src/flows/all-flows.js";
import { runTokenFault } from "../src/flows/run-token-fault.js";
import { allTokenFaultCases } from "../src/flows/token-fault-catalogue.js";
import {
  collectingTokens,
  type Outcome,
  type RunOptions,
  settle,
} from "../src/flows/token-flow.js";
import { registryDefaults } from "../src/provider-parts.js";
import { leakedSecrets } from "../src/support/exposed-text.js";
import { createExposure, type Exposure, isToken } from "../src/support/exposure.js";
import { followAuthorize, withState } from "../src/support/follow-authorize.js";
import { runPooled } from "../src/support/pool.js";
import { createRunContext } from "../src/support/run-context.js";
import { createSteppingClock } from "../src/support/stepping-clock.js";
import { tally } from "../src/support/tally.js";

afterEach(() => {
  vi.restoreAllMocks();
});

/** Records a failed outcome's error. */
const record = (seen: Exposure, outcome: Outcome) => {
  if (!outcome.ok) seen.error(outcome.error);
};

/** Every token-endpoint fault on every flow, each with its own file store. */
function tokenFaultJobs(seen: Exposure): (() => Promise<void>)[] {
  return tokenFlows.flatMap((flow) =>
    allTokenFaultCases
      .filter(({ fault }) => flow.supports(fault))
      .map(({ fault, times }) => async () => {
        const run = await runTokenFault(flow, fault, times, {
          store: seen.newStore(),
          secrets: seen.secrets,
          logger: seen.clientLogger,
        });
        record(seen, run.outcome);
      }),
  );
}

/** 401s, 5xx and dropped connections on every provider's API, in throwing mode. */
function apiFaultJobs(seen: Exposure): (() => Promise<void>)[] {
  return apiTargets.map((target) => async () => {
    const options: RunOptions = {
      store: seen.newStore(),
      secrets: seen.secrets,
      throwOnError: true,
      logger: seen.clientLogger,
    };
    const api = await startTarget(target, options);
    try {
      record(seen, await api.get());
      api.invalidateCredentials();
      record(seen, await api.get());
      api.injectApi({ kind: "unauthorized" }, "GET", 2);
      record(seen, await api.get());
      api.injectApi({ kind: "status", status: 503 }, "GET", Number.POSITIVE_INFINITY);
      record(seen, await api.get());
      api.injectApi({ kind: "reset" }, "GET", Number.POSITIVE_INFINITY);
      record(seen, await api.get());
      if (api.create) {
        api.injectApi({ kind: "reset" }, "POST", 1);
        record(seen, await api.create.post("secret-search"));
      }
    } finally {
      await api.close();
    }
  });
}

/** Refresh tokens revoked mid-session, with and without a password. */
function revokedRefreshJobs(seen: Exposure): (() => Promise<void>)[] {
  return [true, false].flatMap((withPassword) =>
    refreshRevocations.map((revocation) => async () => {
      const context = createRunContext({
        store: seen.newStore(),
        secrets: seen.secrets,
        logger: seen.clientLogger,
      });
      const run = await revocation.run(withPassword, context);
      record(seen, run.outcome);
    }),
  );
}

/** Wrong static secrets, in throwing mode, on every provider the registry default can call. */
function wrongStaticSecretJobs(seen: Exposure): (() => Promise<void>)[] {
  return registryDefaults.map((parts) => async () => {
    const secret = `wrong-${parts.entry.name}-${parts.credential.builder}-4f1c9a`;
    const target = registryDefaultApiTarget(parts, { secret });
    const api = await startTarget(target, {
      secrets: seen.secrets,
      throwOnError: true,
      logger: seen.clientLogger,
    });
    try {
      record(seen, await api.get());
    } finally {
      await api.close();
    }
  });
}

/** Tampered and declined redirects, and code exchanges with a wrong secret or a spent code. */
async function oauthFailures(seen: Exposure): Promise<void> {
  const adguard = await startFakeAdGuardDnsServer();
  const dnsimple = await startFakeDnsimpleServer();
  try {
    const started = await adguardDnsAuth.authorizeUrl({
      clientId: adguardCreds.clientId,
      redirectUri: adguardCreds.redirectUri,
      responseType: "code",
      baseUrl: adguard.url,
    });
    const redirect = await followAuthorize(started.url);
    seen.secrets.set("adguard pkce verifier", started.codeVerifier ?? "");
    seen.secrets.set(
      "adguard authorization code",
      new URL(redirect).searchParams.get("code") ?? "",
    );
    const options = {
      expectedState: started.state,
      clientId: adguardCreds.clientId,
      codeVerifier: started.codeVerifier,
      redirectUri: adguardCreds.redirectUri,
    };
    for (const state of [undefined, "forged-state"]) {
      try {
        adguardDnsAuth.fromRedirect(withState(redirect, state), options);
      } catch (error) {
        seen.error(error);
      }
    }
    const client = createAdGuardDnsClient({
      auth: adguardDnsAuth.fromRedirect(redirect, options),
      baseUrl: adguard.url,
      store: seen.newStore(),
      onTokens: collectingTokens({ secrets: seen.secrets }, "adguard code"),
    });
    record(seen, await settle(() => client.op.listDevices()));
    // The same code again: spent at the server and in the adapter.
    const again = createAdGuardDnsClient({
      auth: adguardDnsAuth.fromRedirect(redirect, options),
      baseUrl: adguard.url,
    });
    record(seen, await settle(() => again.op.listDevices()));

    const { app } = dnsimple;
    const dnsimpleStart = dnsimpleAuth.authorizeUrl({
      clientId: app.clientId,
      redirectUri: app.redirectUri,
      authorizeEndpoint: dnsimple.authorizeEndpoint,
    });
    const back = new URL(await dnsimple.authorize(dnsimpleStart.url));
    const code = back.searchParams.get("code") ?? "";
    seen.secrets.set("dnsimple client secret", app.clientSecret);
    seen.secrets.set("dnsimple authorization code (2)", code);
    seen.secrets.set("wrong dnsimple client secret", "wrong-dnsimple-secret-77aa");
    const exchange = (clientSecret: string, state: string) =>
      dnsimpleAuth.exchangeCode({
        clientId: app.clientId,
        clientSecret,
        code,
        redirectUri: app.redirectUri,
        state,
        expectedState: dnsimpleStart.state,
        baseUrl: dnsimple.url,
      });
    for (const [secret, state] of [
      [app.clientSecret, "forged-state"],
      ["wrong-dnsimple-secret-77aa", dnsimpleStart.state],
    ] as const) {
      await exchange(secret, state).catch((error: unknown) => seen.error(error));
    }
    const token = await exchange(app.clientSecret, dnsimpleStart.state);
    seen.secrets.set("dnsimple exchanged access token (2)", token.accessToken);
    await exchange(app.clientSecret, dnsimpleStart.state).catch((error: unknown) =>
      seen.error(error),
    );
  } finally {
    await adguard.close();
    await dnsimple.close();
  }
}

/** Sessions made directly with a logger: rejected refresh, failing onTokens, failing revoke. */
async function loggedSessions(seen: Exposure): Promise<void> {
  const clock = createSteppingClock();
  const dynata = await startFakeDynataServer({ clock });
  const adguard = await startFakeAdGuardDnsServer({ clock, accessTokenTtlSeconds: 3600 });
  try {
    const dynataSession = createSession({
      auth: dynataAuth.password(fakeDynataUser),
      baseUrl: dynata.url,
      clock,
      store: seen.newStore(),
      logger: seen.logger,
      onTokens: async (tokens, key) => {
        await collectingTokens({ secrets: seen.secrets }, "dynata logged")(tokens, key);
        throw new Error("the application's onTokens callback failed");
      },
    });
    await dynataSession.getToken();
    seen.shown(dynataSession.state());
    dynata.tokens.revokeAllRefreshTokens();
    await clock.advance(1_800_000);
    await dynataSession.getToken();
    dynata.faults.inject({
      kind: "status",
      path: "/auth/v1/logout",
      status: 500,
      times: Number.POSITIVE_INFINITY,
    });
    await dynataSession.revoke().catch((error: unknown) => seen.error(error));
    seen.shown(dynataSession.state());

    const adguardSession = createSession({
      auth: adguardDnsAuth.password(adguardCreds),
      baseUrl: adguard.url,
      clock,
      store: seen.newStore(),
      logger: seen.logger,
      onTokens: collectingTokens({ secrets: seen.secrets }, "adguard logged"),
    });
    await adguardSession.getToken();
    adguard.tokens.revokeAllRefreshTokens();
    await clock.advance(3_600_000);
    await adguardSession.getToken();
    seen.shown(adguardSession.state());
    adguard.faults.inject({
      path: "/oapi/v1/revoke_token",
      kind: "status",
      status: 500,
      times: 10,
    });
    await adguardSession.revoke().catch((error: unknown) => seen.error(error));
  } finally {
    await dynata.close();
    await adguard.close();
  }
}

it("no secret in any error, log line, console output or snapshot; the 0600 store files hold only tokens", {
  timeout: 150_000,
}, async (context) => {
  const seen = await createExposure();
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => seen.console(args));
  }
  seen.secrets.set("adguard password", adguardCreds.password);
  await runPooled(
    [
      ...tokenFaultJobs(seen),
      ...apiFaultJobs(seen),
      ...revokedRefreshJobs(seen),
      ...wrongStaticSecretJobs(seen),
      () => oauthFailures(seen),
      () => loggedSessions(seen),
    ],
    8,
  );
  vi.restoreAllMocks();

  // The search itself finds a secret hidden in a cause chain (so a clean result means something).
  const [someLabel, someSecret] = [...seen.secrets][0] ?? ["", ""];
  const probe = new Error("outer", { cause: { nested: { value: `x${someSecret}x` } } });
  expect(leakedSecrets([inspect(probe, { depth: 8 })], new Map([[someLabel, someSecret]]))).toEqual(
    [someLabel],
  );

  const values = [...seen.secrets.values()];
  expect(
    values.every((v) => v.length >= 6),
    "every secret is long enough to search for",
  ).toBe(true);
  const credentials = new Map([...seen.secrets].filter(([label]) => !isToken(label)));
  const tokens = new Map([...seen.secrets].filter(([label]) => isToken(label)));
  expect(credentials.size).toBeGreaterThanOrEqual(10);
  expect(tokens.size).toBeGreaterThanOrEqual(50);
  expect(seen.texts.length).toBeGreaterThan(100);

  expect(
    leakedSecrets(seen.texts, seen.secrets),
    "secrets in errors, logs, console or snapshots",
  ).toEqual([]);

  const files = await seen.storeFiles();
  expect(files.length).toBeGreaterThan(10);
  const storeTexts = files.map((f) => f.content);
  expect(
    files.filter((f) => f.mode !== 0o600).map((f) => `${f.name} ${f.mode.toString(8)}`),
    "store files that are not mode 0600",
  ).toEqual([]);
  expect(leakedSecrets(storeTexts, credentials), "credentials written into a token store").toEqual(
    [],
  );
  expect(leakedSecrets(storeTexts, tokens).length, "tokens the stores do hold").toBeGreaterThan(0);
  tally(context, { secretsSearched: seen.secrets.size });
  console.log(
    `secrets: searched ${seen.secrets.size} (${credentials.size} credentials, ${tokens.size} tokens) in ${seen.texts.length} texts and ${files.length} store files`,
  );
});
