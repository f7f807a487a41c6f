// AdGuard DNS's password and refresh_token grants (form POST /oapi/v1/oauth_token) against its fake.
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  type FaultSpec,
  fakeAdGuardDnsCredentials,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { createSteppingClock } from "../support/stepping-clock.js";
import { createWireLog, type RequestKind } from "../support/wire-log.js";
import {
  collectingTokens,
  type FlowOptions,
  type FlowRun,
  settle,
  type TokenFault,
  type TokenFlow,
  timing,
} from "./token-flow.js";

/** Access tokens of the fake live one hour in these tests. */
export const adguardAccessTokenMs = 3_600_000;

/** A user with two-factor authentication; the code is not all digits so no timestamp can match it. */
export const adguardMfaUser = {
  username: "mfa-user@example.test",
  password: "mfa-user-password-5e21c",
  mfaToken: "mfa-code-7319x",
} as const;

/** Which AdGuard DNS endpoint (and grant) a request is. */
export function adguardKind(path: string, body: string | undefined): RequestKind {
  if (path === "/oapi/v1/revoke_token") return "revoke";
  if (path !== "/oapi/v1/oauth_token") return "api";
  const grant = new URLSearchParams(body ?? "").get("grant_type");
  if (grant === "refresh_token") return "refresh";
  if (grant === "authorization_code") return "authorization_code";
  return "password";
}

/** The fake AdGuard DNS's version of a token fault. */
export function adguardFault(fault: TokenFault): FaultSpec {
  switch (fault.kind) {
    case "status":
      return { kind: "status", status: fault.status };
    case "reset":
      return { kind: "reset" };
    case "timeout":
      return { kind: "delay", ms: timing.hangMs };
    case "slow":
      return { kind: "delay", ms: timing.slowMs };
    case "invalid-json":
      return { kind: "invalid-json" };
    case "html":
      return { kind: "html", status: 502 };
    case "oauth":
      return {
        kind: "status",
        status: fault.status,
        body: { error: fault.error, error_description: "injected rejection" },
      };
    case "mfa":
      return {
        kind: "status",
        status: 401,
        body: {
          error: "unauthorized",
          error_description: "a valid two-factor code is needed",
          error_code: "2fa_required",
        },
      };
    case "retry-after":
      return { kind: "rate-limited", retryAfterSeconds: fault.seconds };
  }
}

/** Starts the fake with the demo and MFA users and a password client. */
export async function startAdGuard(
  grant: "password" | "refresh",
  options: FlowOptions,
  user: { username: string; password: string; mfaToken?: string } = fakeAdGuardDnsCredentials,
): Promise<FlowRun> {
  const clock = createSteppingClock();
  const fake = await startFakeAdGuardDnsServer({
    clock,
    accessTokenTtlSeconds: adguardAccessTokenMs / 1000,
    users: [
      {
        username: fakeAdGuardDnsCredentials.username,
        password: fakeAdGuardDnsCredentials.password,
      },
      {
        username: adguardMfaUser.username,
        password: adguardMfaUser.password,
        mfaCode: adguardMfaUser.mfaToken,
      },
    ],
  });
  options.secrets?.set("adguard password", user.password);
  if (user.mfaToken) options.secrets?.set("adguard mfa code", user.mfaToken);
  const wire = createWireLog(adguardKind);
  const client = createAdGuardDnsClient({
    auth: adguardDnsAuth.password(user),
    baseUrl: fake.url,
    fetch: wire.fetch,
    clock,
    timeoutMs: timing.timeoutMs,
    store: options.store,
    onTokens: collectingTokens(options, "adguard"),
  });
  const call = () => client.op.listDevices();
  if (grant === "refresh") {
    const login = await call();
    if (login.response.status !== 200)
      throw new Error(`priming login got ${login.response.status}`);
    await clock.advance(adguardAccessTokenMs);
    wire.reset();
  }
  return {
    clock,
    wire,
    inject: (fault, times) =>
      fake.faults.inject({ ...adguardFault(fault), path: "/oapi/v1/oauth_token", times }),
    exercise: () => settle(call),
    serverApiWithoutCredential: () =>
      fake.requests().filter((r) => r.route === "api" && r.credential === "none").length,
    async close() {
      await client.session[Symbol.asyncDispose]();
      await fake.close();
    },
  };
}

/** AdGuard DNS password grant (the MFA answer applies here). */
export const adguardPasswordFlow: TokenFlow = {
  name: "adguard-dns password",
  provider: "adguard-dns",
  grant: "password",
  fallsBack: false,
  supports: () => true,
  start: (options = {}) => startAdGuard("password", options),
};

/** AdGuard DNS refresh_token grant after expiry; a rejected refresh falls back to the password. */
export const adguardRefreshFlow: TokenFlow = {
  name: "adguard-dns refresh",
  provider: "adguard-dns",
  grant: "refresh",
  fallsBack: true,
  supports: (fault) => fault.kind !== "mfa",
  start: (options = {}) => startAdGuard("refresh", options),
};
