// Dynu's part of tests/reliability: client credentials (GET /v2/oauth2/token with HTTP Basic) and GET/POST /dns.
import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";
import type {
  ApiTarget,
  FlowRun,
  RequestKind,
  RunContext,
  TokenFlow,
} from "@provider-clients/scripts/suites/reliability";

/** Dynu's client-credentials tokens live 8 hours. */
const accessTokenMs = 8 * 3_600_000;

const classify = (path: string): RequestKind =>
  path.endsWith("/oauth2/token") ? "client_credentials" : "api";

/** The fake Dynu and a client-credentials client on it. */
async function start(context: RunContext) {
  const fake = await startFakeDynuServer({ clock: context.serverClock });
  const { clientId, clientSecret } = fakeDynuCredentials;
  context.secret("dynu client secret", clientSecret);
  context.secret("dynu basic credentials", btoa(`${clientId}:${clientSecret}`));
  const wire = context.wireLog(classify);
  const client = createDynuClient({
    auth: dynuAuth.clientCredentials({ clientId, clientSecret }),
    baseUrl: fake.url,
    ...context.clientOptions(wire, "dynu"),
  });
  const close = async () => {
    await client.session[Symbol.asyncDispose]();
    await fake.close();
  };
  return { fake, wire, client, close };
}

/** Dynu with client credentials: GET /dns and POST /dns. */
export const apiTarget: ApiTarget = {
  name: "dynu",
  managed: true,
  creates: true,
  async start(context) {
    const { fake, wire, client, close } = await start(context);
    const { settle } = context;
    return {
      clock: context.clock,
      wire,
      accessTokenMs,
      get: () => settle(() => client.GET("/dns")),
      create: {
        post: (name) =>
          settle(() => client.POST("/dns", { body: { name: `${name}.example.test` } })),
        count: () => fake.state("domains").length,
      },
      injectApi: (fault, method, times) =>
        fake.faults.inject({
          ...(fault.kind === "unauthorized" ? { kind: "expired-token" } : fault),
          method,
          path: "/dns",
          times,
        }),
      invalidateCredentials: () => fake.tokens.revokeAllAccessTokens(),
      close,
    };
  },
};

/** Dynu client credentials: the only grant, no refresh token. */
const clientCredentialsFlow: TokenFlow = {
  name: "dynu client credentials",
  provider: "dynu",
  grant: "client_credentials",
  fallsBack: false,
  supports: (fault) => fault.kind !== "mfa",
  async start(context): Promise<FlowRun> {
    const { fake, wire, client, close } = await start(context);
    return {
      clock: context.clock,
      wire,
      inject: (fault, times) =>
        fake.faults.inject({
          ...context.tokenFault(fault),
          method: "GET",
          path: "/v2/oauth2/token",
          times,
        }),
      exercise: () => context.settle(() => client.GET("/dns")),
      serverApiWithoutCredential: () =>
        fake.requests({ route: "api" }).filter((r) => r.credential === "none").length,
      close,
    };
  },
};

export const tokenFlows: readonly TokenFlow[] = [clientCredentialsFlow];
