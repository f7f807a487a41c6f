// `createAdGuardDnsClient`: the generated AdGuard DNS API, wired to the shared token lifecycle.
import {
  type Auth,
  type ClientOptions,
  createProviderClient,
  type ProviderClient,
  type ProviderDefinition,
} from "@provider-clients/auth";
import type { paths } from "./generated/index.js";
import { operations } from "./generated/index.js";
import { adguardDnsDefaultBaseUrl, adguardDnsProvider } from "./provider.js";

/** Options for createAdGuardDnsClient; `baseUrl` defaults to https://api.adguard-dns.io. */
export type AdGuardDnsClientOptions = ClientOptions<Auth>;

/** The client: openapi-fetch methods typed by our paths, plus `session` and `op.<operationId>`. */
export type AdGuardDnsClient = ProviderClient<paths, typeof operations>;

const definition: ProviderDefinition<typeof operations> = {
  provider: adguardDnsProvider,
  defaultBaseUrl: adguardDnsDefaultBaseUrl,
  operations,
  // The vendor documents no request id; a proxy's or a gateway's common header is used when present.
  requestIdOf: (response) => response.headers.get("x-request-id") ?? undefined,
};

/** Creates an AdGuard DNS client for one credential (API key, password, tokens or OAuth redirect). */
export function createAdGuardDnsClient(options: AdGuardDnsClientOptions): AdGuardDnsClient {
  if (!options || typeof options.auth !== "object" || options.auth === null) {
    throw new TypeError("createAdGuardDnsClient needs `auth` (see adguardDnsAuth)");
  }
  if (options.auth.provider !== adguardDnsProvider) {
    throw new TypeError(
      `createAdGuardDnsClient got a credential for "${options.auth.provider}"; use adguardDnsAuth`,
    );
  }
  return createProviderClient<paths, typeof operations>(definition, options);
}
