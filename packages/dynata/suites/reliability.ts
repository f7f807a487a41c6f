// Dynata's part of tests/reliability: password login and rotating refresh (JSON under /auth/v1), projects.
import type { ManagedAuth } from "@provider-clients/auth";
import { createMemoryTokenStore } from "@provider-clients/auth";
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import type {
  ApiTarget,
  FlowRun,
  RefreshRevocation,
  RequestKind,
  RunContext,
  TokenFault,
  TokenFlow,
} from "@provider-clients/scripts/suites/reliability";

/** Dynata's access tokens live 30 minutes. */
const accessTokenMs = 1_800_000;
const projects = "/sample/v1/projects";

/** Which Dynata endpoint a path is. */
function classify(path: string): RequestKind {
  if (path === "/auth/v1/token/password") return "password";
  if (path === "/auth/v1/token/refresh") return "refresh";
  if (path === "/auth/v1/logout") return "revoke";
  return "api";
}

/** The fake and a password client on it. */
async function start(context: RunContext) {
  const fake = await startFakeDynataServer({ clock: context.serverClock });
  context.secret("dynata password", fakeDynataUser.password);
  const wire = context.wireLog(classify);
  const client = createDynataClient({
    auth: dynataAuth.password(fakeDynataUser),
    baseUrl: fake.url,
    ...context.clientOptions(wire, "dynata"),
  });
  const close = async () => {
    await client.session[Symbol.asyncDispose]();
    await fake.close();
  };
  return { fake, wire, client, close, read: () => context.settle(() => client.GET(projects)) };
}

/** Dynata with a password login: GET and POST /sample/v1/projects. */
export const apiTarget: ApiTarget = {
  name: "dynata",
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
        post: (name) =>
          context.settle(() =>
            client.POST(projects, {
              body: {
                extProjectId: name,
                category: { surveyTopic: ["AUTOMOTIVE"] },
                lineItems: [
                  {
                    extLineItemId: `${name}-li`,
                    countryISOCode: "US",
                    languageISOCode: "en",
                    indicativeIncidence: 40,
                    daysInField: 10,
                    lengthOfInterview: 12,
                    targets: [{ count: 200, type: "COMPLETE" }],
                  },
                ],
              },
            }),
          ),
        count: () => fake.state("projects").length,
      },
      injectApi: (fault, method, times) =>
        fake.faults.inject({
          ...(fault.kind === "unauthorized" ? { kind: "expired-token" } : fault),
          method,
          path: projects,
          times,
        }),
      invalidateCredentials: () => fake.tokens.revokeAllAccessTokens(),
      close,
    };
  },
};

/** Dynata's refusals carry `errorDescription`, not `error_description`. */
function dynataFault(context: RunContext, fault: TokenFault) {
  if (fault.kind !== "oauth") return context.tokenFault(fault);
  return {
    kind: "status" as const,
    status: fault.status,
    body: { error: fault.error, errorDescription: "injected rejection" },
  };
}

/** A password client; `refresh` logs in first and lets the token expire. */
async function startFlow(grant: "password" | "refresh", context: RunContext): Promise<FlowRun> {
  const { fake, wire, close, read } = await start(context);
  if (grant === "refresh") {
    const login = await read();
    if (!login.ok || login.status !== 200) throw new Error("priming login failed");
    await context.clock.advance(accessTokenMs);
    wire.reset();
  }
  const path = grant === "password" ? "/auth/v1/token/password" : "/auth/v1/token/refresh";
  return {
    clock: context.clock,
    wire,
    inject: (fault, times) => fake.faults.inject({ ...dynataFault(context, fault), path, times }),
    exercise: read,
    serverApiWithoutCredential: () =>
      fake.requests().filter((r) => classify(r.path) === "api" && r.credential === "none").length,
    close,
  };
}

export const tokenFlows: readonly TokenFlow[] = [
  {
    name: "dynata password",
    provider: "dynata",
    grant: "password",
    fallsBack: false,
    supports: (fault) => fault.kind !== "mfa",
    start: (context) => startFlow("password", context),
  },
  {
    name: "dynata refresh",
    provider: "dynata",
    grant: "refresh",
    fallsBack: true,
    supports: (fault) => fault.kind !== "mfa",
    start: (context) => startFlow("refresh", context),
  },
];

/** Logs in, the server revokes every refresh token, the access token expires, one read. */
export const refreshRevocation: RefreshRevocation = {
  withoutPassword: "with only the stored refresh token",
  cause: { error: "invalid_grant", status: 401 },
  async run(withPassword, context) {
    const fake = await startFakeDynataServer({ clock: context.serverClock });
    context.secret("dynata password", fakeDynataUser.password);
    const full = dynataAuth.password(fakeDynataUser);
    // Without a password: a later run that kept the stored tokens but not the password.
    const later: ManagedAuth = withPassword ? full : { ...full, obtain: undefined };
    const wire = context.wireLog(classify);
    const shared = {
      baseUrl: fake.url,
      clock: context.clock,
      store: context.store ?? createMemoryTokenStore(),
      onTokens: context.onTokens("dynata"),
    };
    const first = createDynataClient({ auth: full, ...shared });
    const client = createDynataClient({ auth: later, fetch: wire.fetch, ...shared });
    try {
      const login = await first.GET(projects);
      if (login.response.status !== 200) throw new Error("login failed");
      await first.session[Symbol.asyncDispose]();
      fake.tokens.revokeAllRefreshTokens();
      await context.clock.advance(accessTokenMs);
      const outcome = await context.settle(() => client.GET(projects));
      return { outcome, wire: [...wire.entries] };
    } finally {
      await client.session[Symbol.asyncDispose]();
      await fake.close();
    }
  },
};
