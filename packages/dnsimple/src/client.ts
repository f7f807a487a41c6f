// `createDnsimpleClient`: the typed DNSimple API v2 client on the shared client runtime.
import {
  type ClientOptions,
  createProviderClient,
  type ProviderClient,
  type StaticAuth,
} from "@provider-clients/auth";
import { operations, type paths } from "./generated/index.js";
import { rateLimitAwareFetch } from "./rate-limit-fetch.js";
import { apiBaseUrl, PRODUCTION_API_URL } from "./servers.js";

/** Options for createDnsimpleClient. */
export interface DnsimpleClientOptions extends Omit<ClientOptions<StaticAuth>, "auth"> {
  /** From `dnsimpleAuth.accessToken(...)`. */
  auth: StaticAuth;
  /** Talk to the sandbox API (https://api.sandbox.dnsimple.com/v2); an explicit `baseUrl` wins. */
  sandbox?: boolean | undefined;
}

/** The DNSimple client: openapi-fetch methods by path, `op.<operationId>()`, and `session`. */
export type DnsimpleClient = ProviderClient<paths, typeof operations>;

/** Creates a DNSimple client; 429 answers wait for Retry-After or, failing that, X-RateLimit-Reset. */
export function createDnsimpleClient(options: DnsimpleClientOptions): DnsimpleClient {
  const { sandbox, ...rest } = options;
  return createProviderClient<paths, typeof operations>(
    {
      provider: "dnsimple",
      defaultBaseUrl: PRODUCTION_API_URL,
      operations,
      requestIdOf: (response) => response.headers.get("x-request-id") ?? undefined,
    },
    {
      ...rest,
      baseUrl: apiBaseUrl({ baseUrl: options.baseUrl, sandbox }),
      fetch: rateLimitAwareFetch(options.fetch ?? ((input, init) => globalThis.fetch(input, init))),
    },
  );
}
