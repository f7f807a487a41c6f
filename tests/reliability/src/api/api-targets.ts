// One client per provider with hooks into its fake server, for the API fault tests.
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";
import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";
import { registry } from "@provider-clients/scripts/providers";
import { adguardAccessTokenMs, adguardKind } from "../flows/adguard-dns.js";
import { dnsimpleTokenPath } from "../flows/dnsimple-code.js";
import { dynataAccessTokenMs, dynataKind } from "../flows/dynata.js";
import {
  collectingTokens,
  type FlowOptions,
  type Outcome,
  settle,
  timing,
} from "../flows/token-flow.js";
import { createSteppingClock, type SteppingClock } from "../support/stepping-clock.js";
import { createWireLog, type WireLog } from "../support/wire-log.js";

/** A fault on an API route. */
export type ApiFault =
  | { kind: "status"; status: 500 | 502 | 503 }
  | { kind: "reset" }
  | { kind: "unauthorized" };

/** A running client and its fake server. */
export interface ApiRun {
  readonly clock: SteppingClock;
  readonly wire: WireLog;
  /** True for managed sessions (tokens refreshed by the engine), false for static credentials. */
  readonly managed: boolean;
  /** An idempotent read (GET). */
  get(): Promise<Outcome>;
  /** A non-idempotent create (POST) that makes one resource named `name` when it reaches the fake. */
  post(name: string): Promise<Outcome>;
  /** How many resources the fake holds of the kind `post` creates. */
  created(): number;
  /** Makes the next `times` requests of `method` to the read/create route fail with `fault`. */
  injectApi(fault: ApiFault, method: "GET" | "POST", times: number): void;
  /** Server-side: every access token stops working (the client's clock still says valid). */
  invalidateAccessTokens(): void;
  /** How long an access token lives, for crossing an expiry on the clock. */
  readonly accessTokenMs: number | undefined;
  close(): Promise<void>;
}

/** A provider whose API faults are tried. */
export interface ApiTarget {
  readonly name: string;
  start(options?: ApiOptions): Promise<ApiRun>;
}

/** Store, token and secret collection (as for flows), plus the client's throwing mode. */
export interface ApiOptions extends FlowOptions {
  throwOnError?: boolean;
}

/** Dynu with client credentials: GET /dns and POST /dns. */
export const dynuApi: ApiTarget = {
  name: "dynu",
  async start(options = {}) {
    const clock = createSteppingClock();
    const fake = await startFakeDynuServer({ clock });
    const wire = createWireLog((path) =>
      path.endsWith("/oauth2/token") ? "client_credentials" : "api",
    );
    const client = createDynuClient({
      auth: dynuAuth.clientCredentials(fakeDynuCredentials),
      baseUrl: fake.url,
      fetch: wire.fetch,
      clock,
      timeoutMs: timing.timeoutMs,
      store: options.store,
      onTokens: collectingTokens(options, "dynu"),
      throwOnError: options.throwOnError,
    });
    options.secrets?.set("dynu client secret", fakeDynuCredentials.clientSecret);
    return {
      clock,
      wire,
      managed: true,
      accessTokenMs: 8 * 3_600_000,
      get: () => settle(() => client.GET("/dns")),
      post: (name) => settle(() => client.POST("/dns", { body: { name: `${name}.example.test` } })),
      created: () => fake.state("domains").length,
      injectApi: (fault, method, n) =>
        fake.faults.inject({
          ...(fault.kind === "unauthorized" ? { kind: "expired-token" } : fault),
          method,
          path: "/dns",
          times: n,
        }),
      invalidateAccessTokens: () => fake.tokens.revokeAllAccessTokens(),
      async close() {
        await client.session[Symbol.asyncDispose]();
        await fake.close();
      },
    };
  },
};

/** Dynata with a password login: GET and POST /sample/v1/projects. */
export const dynataApi: ApiTarget = {
  name: "dynata",
  async start(options = {}) {
    const clock = createSteppingClock();
    const fake = await startFakeDynataServer({ clock });
    const wire = createWireLog(dynataKind);
    const client = createDynataClient({
      auth: dynataAuth.password(fakeDynataUser),
      baseUrl: fake.url,
      fetch: wire.fetch,
      clock,
      timeoutMs: timing.timeoutMs,
      store: options.store,
      onTokens: collectingTokens(options, "dynata"),
      throwOnError: options.throwOnError,
    });
    options.secrets?.set("dynata password", fakeDynataUser.password);
    return {
      clock,
      wire,
      managed: true,
      accessTokenMs: dynataAccessTokenMs,
      get: () => settle(() => client.GET("/sample/v1/projects")),
      post: (name) =>
        settle(() =>
          client.POST("/sample/v1/projects", {
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
      created: () => fake.state("projects").length,
      injectApi: (fault, method, n) => {
        const mapped =
          fault.kind === "status"
            ? { kind: "status" as const, status: fault.status }
            : fault.kind === "reset"
              ? { kind: "reset" as const }
              : { kind: "expired-token" as const };
        fake.faults.inject({ ...mapped, method, path: "/sample/v1/projects", times: n });
      },
      invalidateAccessTokens: () => fake.tokens.revokeAllAccessTokens(),
      async close() {
        await client.session[Symbol.asyncDispose]();
        await fake.close();
      },
    };
  },
};

/** AdGuard DNS with a password login: GET /oapi/v1/devices and POST /oapi/v1/dns_servers. */
export const adguardApi: ApiTarget = {
  name: "adguard-dns",
  async start(options = {}) {
    const clock = createSteppingClock();
    const fake = await startFakeAdGuardDnsServer({
      clock,
      accessTokenTtlSeconds: adguardAccessTokenMs / 1000,
    });
    const wire = createWireLog(adguardKind);
    const client = createAdGuardDnsClient({
      auth: adguardDnsAuth.password(fakeAdGuardDnsCredentials),
      baseUrl: fake.url,
      fetch: wire.fetch,
      clock,
      timeoutMs: timing.timeoutMs,
      store: options.store,
      onTokens: collectingTokens(options, "adguard"),
      throwOnError: options.throwOnError,
    });
    options.secrets?.set("adguard password", fakeAdGuardDnsCredentials.password);
    return {
      clock,
      wire,
      managed: true,
      accessTokenMs: adguardAccessTokenMs,
      get: () => settle(() => client.op.listDevices()),
      post: (name) => settle(() => client.op.createDNSServer({ body: { name } })),
      created: () => fake.state("dns_servers").length,
      injectApi: (fault, method, n) => {
        const path = method === "GET" ? "/oapi/v1/devices" : "/oapi/v1/dns_servers";
        const mapped =
          fault.kind === "unauthorized" ? { kind: "status" as const, status: 401 } : fault;
        fake.faults.inject({ ...mapped, method, path, times: n });
      },
      invalidateAccessTokens: () => fake.tokens.revokeAllAccessTokens(),
      async close() {
        await client.session[Symbol.asyncDispose]();
        await fake.close();
      },
    };
  },
};

/** DNSimple with a static access token: GET /v2/whoami and POST /v2/{account}/domains. */
export const dnsimpleApi: ApiTarget = {
  name: "dnsimple",
  async start(options = {}) {
    const clock = createSteppingClock();
    const fake = await startFakeDnsimpleServer({ clock });
    const wire = createWireLog((path) =>
      path === dnsimpleTokenPath ? "authorization_code" : "api",
    );
    const client = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(fake.accessToken),
      baseUrl: fake.url,
      fetch: wire.fetch,
      clock,
      timeoutMs: timing.timeoutMs,
      throwOnError: options.throwOnError,
    });
    options.secrets?.set("dnsimple access token", fake.accessToken);
    const account = fake.account.id;
    return {
      clock,
      wire,
      managed: false,
      accessTokenMs: undefined,
      get: () => settle(() => client.op.whoami()),
      post: (name) =>
        settle(() =>
          client.op.createDomain({
            params: { path: { account } },
            body: { name: `${name}.example.test` },
          }),
        ),
      created: () => fake.state("domains").length,
      injectApi: (fault, method, n) => {
        const path = method === "GET" ? "/v2/whoami" : `/v2/${account}/domains`;
        // The kit's expired-token fault is DNSimple's own 401 { message }.
        const mapped = fault.kind === "unauthorized" ? { kind: "expired-token" as const } : fault;
        fake.faults.inject({ ...mapped, method, path, times: n });
      },
      invalidateAccessTokens: () => fake.tokens.revokeAllAccessTokens(),
      close: () => fake.close(),
    };
  },
};

const targetsByName: Readonly<Record<string, ApiTarget>> = {
  "adguard-dns": adguardApi,
  dnsimple: dnsimpleApi,
  dynata: dynataApi,
  dynu: dynuApi,
};

/** Every registered provider's API, in registry order; a provider without a target is an error here. */
export const apiTargets: readonly ApiTarget[] = registry.map((entry) => {
  const target = targetsByName[entry.name];
  if (!target) throw new Error(`tests/reliability has no API target for "${entry.name}"`);
  return target;
});

/** The providers whose clients here run a managed session (the registry says which have one). */
export const managedApiTargets: readonly ApiTarget[] = [dynuApi, dynataApi, adguardApi];
