// AdGuard DNS's part of tests/reliability: password (+MFA) and refresh_token grants (form POST
// /oapi/v1/oauth_token), devices and DNS servers.
import {
  adguardDnsAuth,
  createAdGuardDnsClient,
  MfaRequiredError,
} from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import type {
  ApiTarget,
  FlowRun,
  MfaLogin,
  RefreshRevocation,
  RequestKind,
  RunContext,
  TokenFault,
  TokenFlow,
} from "@provider-clients/scripts/suites/reliability";

/** Access tokens of the fake live one hour in these runs. */
const accessTokenMs = 3_600_000;
const tokenPath = "/oapi/v1/oauth_token";

/** A user with two-factor authentication; the code is not all digits so no timestamp can match it. */
const mfaUser = {
  username: "mfa-user@example.test",
  password: "mfa-user-password-5e21c",
  mfaToken: "mfa-code-7319x",
} as const;

type User = { username: string; password: string; mfaToken?: string };

/** Which AdGuard DNS endpoint (and grant) a request is. */
function classify(path: string, body: string | undefined): RequestKind {
  if (path === "/oapi/v1/revoke_token") return "revoke";
  if (path !== tokenPath) return "api";
  const grant = new URLSearchParams(body ?? "").get("grant_type");
  if (grant === "refresh_token") return "refresh";
  if (grant === "authorization_code") return "authorization_code";
  return "password";
}

/** AdGuard's `2fa_required` answer; every other fault is the kit's usual one. */
function adguardFault(context: RunContext, fault: TokenFault) {
  if (fault.kind !== "mfa") return context.tokenFault(fault);
  return {
    kind: "status" as const,
    status: 401,
    body: {
      error: "unauthorized",
      error_description: "a valid two-factor code is needed",
      error_code: "2fa_required",
    },
  };
}

/** The fake with the demo and MFA users, and a password client for `user`. */
async function start(context: RunContext, user: User = fakeAdGuardDnsCredentials) {
  const fake = await startFakeAdGuardDnsServer({
    clock: context.serverClock,
    accessTokenTtlSeconds: accessTokenMs / 1000,
    users: [
      {
        username: fakeAdGuardDnsCredentials.username,
        password: fakeAdGuardDnsCredentials.password,
      },
      { username: mfaUser.username, password: mfaUser.password, mfaCode: mfaUser.mfaToken },
    ],
  });
  context.secret("adguard password", user.password);
  if (user.mfaToken) context.secret("adguard mfa code", user.mfaToken);
  const wire = context.wireLog(classify);
  const client = createAdGuardDnsClient({
    auth: adguardDnsAuth.password(user),
    baseUrl: fake.url,
    ...context.clientOptions(wire, "adguard"),
  });
  const close = async () => {
    await client.session[Symbol.asyncDispose]();
    await fake.close();
  };
  return { fake, wire, client, close, read: () => context.settle(() => client.op.listDevices()) };
}

/** AdGuard DNS with a password login: GET /oapi/v1/devices and POST /oapi/v1/dns_servers. */
export const apiTarget: ApiTarget = {
  name: "adguard-dns",
  managed: true,
  creates: true,
  async start(context) {
    const { fake, wire, client, close, read } = await start(context);
    return {
      clock: context.clock,
      wire,
      accessTokenMs,
      get: read,
      create: {
        post: (name) => context.settle(() => client.op.createDNSServer({ body: { name } })),
        count: () => fake.state("dns_servers").length,
      },
      injectApi: (fault, method, times) => {
        const path = method === "GET" ? "/oapi/v1/devices" : "/oapi/v1/dns_servers";
        const mapped =
          fault.kind === "unauthorized" ? { kind: "status" as const, status: 401 } : fault;
        fake.faults.inject({ ...mapped, method, path, times });
      },
      invalidateCredentials: () => fake.tokens.revokeAllAccessTokens(),
      close,
    };
  },
};

/** A password session for `user`; `refresh` logs in first and lets the access token expire. */
async function startFlow(
  grant: "password" | "refresh",
  context: RunContext,
  user?: User,
): Promise<FlowRun> {
  const { fake, wire, close, read } = await start(context, user);
  if (grant === "refresh") {
    const login = await read();
    if (!login.ok || login.status !== 200) throw new Error("priming login failed");
    await context.clock.advance(accessTokenMs);
    wire.reset();
  }
  return {
    clock: context.clock,
    wire,
    inject: (fault, times) =>
      fake.faults.inject({ ...adguardFault(context, fault), path: tokenPath, times }),
    exercise: read,
    serverApiWithoutCredential: () =>
      fake.requests().filter((r) => r.route === "api" && r.credential === "none").length,
    close,
  };
}

const errors = { mfa: MfaRequiredError };

export const tokenFlows: readonly TokenFlow[] = [
  {
    name: "adguard-dns password",
    provider: "adguard-dns",
    grant: "password",
    fallsBack: false,
    errors,
    // The MFA answer applies to the password grant only.
    supports: () => true,
    start: (context) => startFlow("password", context),
  },
  {
    name: "adguard-dns refresh",
    provider: "adguard-dns",
    grant: "refresh",
    fallsBack: true,
    errors,
    supports: (fault) => fault.kind !== "mfa",
    start: (context) => startFlow("refresh", context),
  },
];

/** The MFA account's password login with its code, without one, or with a wrong one. */
export const mfaLogin: MfaLogin = {
  errorClass: MfaRequiredError,
  start(code, context) {
    const { username, password } = mfaUser;
    const user =
      code === "right"
        ? mfaUser
        : code === "none"
          ? { username, password }
          : { ...mfaUser, mfaToken: "mfa-code-wrong" };
    return startFlow("password", context, user);
  },
};

/** A password session, or one started from a refresh token; then every refresh token is revoked. */
export const refreshRevocation: RefreshRevocation = {
  withoutPassword: "started from a refresh token",
  async run(withPassword, context) {
    const fake = await startFakeAdGuardDnsServer({
      clock: context.serverClock,
      accessTokenTtlSeconds: accessTokenMs / 1000,
    });
    context.secret("adguard password", fakeAdGuardDnsCredentials.password);
    const onTokens = context.onTokens("adguard");
    let auth = adguardDnsAuth.password(fakeAdGuardDnsCredentials);
    if (!withPassword) {
      let given = "";
      const login = createAdGuardDnsClient({
        auth,
        baseUrl: fake.url,
        clock: context.clock,
        onTokens: async (tokens, key) => {
          given = tokens.refreshToken ?? "";
          await onTokens(tokens, key);
        },
      });
      if ((await login.op.listDevices()).response.status !== 200) throw new Error("login failed");
      await login.session[Symbol.asyncDispose]();
      auth = adguardDnsAuth.refreshToken(given);
    }
    const wire = context.wireLog(classify);
    const client = createAdGuardDnsClient({
      auth,
      baseUrl: fake.url,
      fetch: wire.fetch,
      clock: context.clock,
      store: context.store,
      onTokens,
    });
    try {
      if ((await client.op.listDevices()).response.status !== 200) throw new Error("start failed");
      fake.tokens.revokeAllRefreshTokens();
      await context.clock.advance(accessTokenMs);
      wire.reset();
      const outcome = await context.settle(() => client.op.listDevices());
      return { outcome, wire: [...wire.entries] };
    } finally {
      await client.session[Symbol.asyncDispose]();
      await fake.close();
    }
  },
};
