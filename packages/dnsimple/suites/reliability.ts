// DNSimple's part of tests/reliability: a static access token on the API, and the OAuth code exchange
// (JSON POST /v2/oauth/access_token) as its token flow.
import { createDnsimpleClient, DnsimpleOAuthError, dnsimpleAuth } from "@provider-clients/dnsimple";
import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";
import type {
  ApiTarget,
  FlowRun,
  RequestKind,
  TokenFault,
  TokenFlow,
} from "@provider-clients/scripts/suites/reliability";

/** The token endpoint path on the fake's API host. */
const tokenPath = "/v2/oauth/access_token";

const classify = (path: string): RequestKind => (path === tokenPath ? "authorization_code" : "api");

/** DNSimple with a static access token: GET /v2/whoami and POST /v2/{account}/domains. */
export const apiTarget: ApiTarget = {
  name: "dnsimple",
  managed: false,
  creates: true,
  async start(context) {
    const fake = await startFakeDnsimpleServer({ clock: context.serverClock });
    const wire = context.wireLog(classify);
    const client = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(fake.accessToken),
      baseUrl: fake.url,
      ...context.clientOptions(wire, "dnsimple"),
    });
    context.secret("dnsimple access token", fake.accessToken);
    const account = fake.account.id;
    return {
      clock: context.clock,
      wire,
      accessTokenMs: undefined,
      get: () => context.settle(() => client.op.whoami()),
      create: {
        post: (name) =>
          context.settle(() =>
            client.op.createDomain({
              params: { path: { account } },
              body: { name: `${name}.example.test` },
            }),
          ),
        count: () => fake.state("domains").length,
      },
      injectApi: (fault, method, times) => {
        const path = method === "GET" ? "/v2/whoami" : `/v2/${account}/domains`;
        // The kit's expired-token fault is DNSimple's own 401 { message }.
        const mapped = fault.kind === "unauthorized" ? { kind: "expired-token" as const } : fault;
        fake.faults.inject({ ...mapped, method, path, times });
      },
      invalidateCredentials: () => fake.tokens.revokeAllAccessTokens(),
      close: () => fake.close(),
    };
  },
};

/**
 * DNSimple code exchange: the fake's authorize page hands out a code at start, `exercise`
 * exchanges it and calls whoami with the token. exchangeCode has no timeoutMs, so the caller's
 * signal (AbortSignal.timeout) is the timeout.
 */
const codeFlow: TokenFlow = {
  name: "dnsimple code exchange",
  provider: "dnsimple",
  grant: "authorization_code",
  fallsBack: false,
  errors: { oauth: DnsimpleOAuthError },
  supports: (fault) => fault.kind !== "mfa",
  async start(context): Promise<FlowRun> {
    const fake = await startFakeDnsimpleServer({ clock: context.serverClock });
    const { app } = fake;
    const { url, state } = dnsimpleAuth.authorizeUrl({
      clientId: app.clientId,
      redirectUri: app.redirectUri,
      authorizeEndpoint: fake.authorizeEndpoint,
    });
    const back = new URL(await fake.authorize(url));
    const code = back.searchParams.get("code") ?? "";
    context.secret("dnsimple client secret", app.clientSecret);
    context.secret("dnsimple authorization code", code);
    context.secret("dnsimple seeded access token", fake.accessToken);
    const wire = context.wireLog(classify);
    const exchange = async () => {
      const token = await dnsimpleAuth.exchangeCode({
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        code,
        redirectUri: app.redirectUri,
        state: back.searchParams.get("state") ?? "",
        expectedState: state,
        baseUrl: fake.url,
        fetch: wire.fetch,
        clock: context.clock,
        signal: AbortSignal.timeout(context.timing.timeoutMs),
      });
      context.secret("dnsimple exchanged access token", token.accessToken);
      const client = createDnsimpleClient({
        auth: dnsimpleAuth.accessToken(token),
        baseUrl: fake.url,
        ...context.clientOptions(wire, "dnsimple"),
      });
      return client.op.whoami();
    };
    // The quota reset and Retry-After both say `seconds`.
    const dnsimpleFault = (fault: TokenFault) =>
      fault.kind === "retry-after"
        ? {
            ...context.tokenFault(fault),
            headers: { "retry-after": String(fault.seconds) },
          }
        : context.tokenFault(fault);
    return {
      clock: context.clock,
      wire,
      inject: (fault, times) =>
        fake.faults.inject({ ...dnsimpleFault(fault), method: "POST", path: tokenPath, times }),
      exercise: () => context.settle(exchange),
      // The fake DNSimple logs method, path and status only.
      serverApiWithoutCredential: () => undefined,
      close: () => fake.close(),
    };
  },
};

export const tokenFlows: readonly TokenFlow[] = [codeFlow];
