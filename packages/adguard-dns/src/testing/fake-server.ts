// `startFakeAdGuardDnsServer`: the kit's fake server, configured with AdGuard DNS's wire format and models.
import { randomUUID } from "node:crypto";
import type { Clock } from "@provider-clients/auth";
import {
  type FakeProviderConfig,
  type FakeServer,
  type FakeServerOptions,
  type KitItem,
  startFakeServer,
} from "@provider-clients/auth/testing";
import { fakeSpec } from "../generated/fake-spec.js";
import type { components } from "../generated/index.js";
import { operations } from "../generated/operations.js";
import { requestValidators } from "../generated/request-validators.js";
import { responseValidators } from "../generated/validators.js";
import { adguardDnsProvider } from "../provider.js";
import { adguardDnsAuthConfig } from "./fake-auth.js";
import { fakeAdGuardDnsCredentials as creds } from "./fake-credentials.js";
import { adguardDnsErrors } from "./fake-errors.js";
import { adguardDnsHandlers, type FakeLimits } from "./fake-handlers.js";
import { adguardDnsResources, seedAdGuardDns } from "./fake-resources.js";

/** Options of startFakeAdGuardDnsServer: the kit's common ones plus AdGuard DNS's limits and token policy. */
export interface FakeAdGuardDnsServerOptions<C extends Pick<Clock, "now"> = Pick<Clock, "now">>
  extends FakeServerOptions {
  /** Pass `createFakeClock()` to move token expiry by hand; default real time. */
  clock?: C | undefined;
  /** Account limits (default 100 devices, 20 DNS server profiles...); creation beyond them gets 429. */
  limits?: Partial<FakeLimits> | undefined;
}

type Schemas = components["schemas"];

/** The fake's resources and their items (query-log entries carry the store's integer `id`). */
export interface FakeAdGuardDnsResources extends Record<string, KitItem> {
  dns_servers: Schemas["DNSServer"];
  devices: Schemas["Device"];
  query_log: Schemas["QueryLogItem"] & { id: number };
}

/** A running fake AdGuard DNS server (the kit's `FakeServer`, on the clock it was given). */
export type FakeAdGuardDnsServer<C extends Pick<Clock, "now"> = Pick<Clock, "now">> =
  FakeServer<FakeAdGuardDnsResources> & { readonly clock: C };

const defaultLimits: FakeLimits = {
  devices: 100,
  dns_servers: 20,
  access_rules: 1000,
  dedicated_ipv4: 5,
  requests: 1_000_000,
  user_rules: 1000,
};

/** AdGuard DNS as kit configuration (the account limits vary per server). */
export function adguardDnsFakeConfig(limits: Partial<FakeLimits> = {}): FakeProviderConfig {
  return {
    provider: adguardDnsProvider,
    basePath: "",
    operations,
    spec: fakeSpec,
    requestValidators,
    responseValidators,
    errors: adguardDnsErrors,
    auth: adguardDnsAuthConfig,
    credentials: {
      apiKeys: [creds.apiKey],
      users: [
        { username: creds.username, password: creds.password },
        { username: creds.mfaUsername, password: creds.mfaPassword, mfaCode: creds.mfaToken },
      ],
      clients: [{ clientId: creds.clientId, redirectUris: [creds.redirectUri] }],
    },
    resources: adguardDnsResources,
    handlers: adguardDnsHandlers({ ...defaultLimits, ...limits }),
    seedData: seedAdGuardDns,
    // Every answer carries a request id, as the API's do (ApiError.requestId reads it).
    finish: (reply) => ({ ...reply, headers: { "x-request-id": randomUUID(), ...reply.headers } }),
  };
}

/** Starts the fake on 127.0.0.1 (a free port unless `port` is given). Node only. */
export async function startFakeAdGuardDnsServer<C extends Pick<Clock, "now"> = Pick<Clock, "now">>(
  options: FakeAdGuardDnsServerOptions<C> = {},
): Promise<FakeAdGuardDnsServer<C>> {
  const { limits, ...common } = options;
  const server = await startFakeServer<FakeAdGuardDnsResources>(
    adguardDnsFakeConfig(limits),
    common,
  );
  return server as FakeAdGuardDnsServer<C>;
}
