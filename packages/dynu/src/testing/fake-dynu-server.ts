// A real HTTP server on 127.0.0.1 that behaves like Dynu's API v2 for tests and the tour: the kit, configured.
import {
  type FakeServer,
  type FakeServerOptions,
  type KitItem,
  startFakeServer,
} from "@provider-clients/auth/testing";
import type { FakeDynuClient } from "./fake-credentials.js";
import { dynuFakeConfig } from "./fake-dynu-config.js";
import type { FakeDnsRecord, FakeDomain } from "./fake-records.js";

/** Options for startFakeDynuServer: the kit's, plus Dynu's names for keys, clients and token lifetime. */
export interface FakeDynuServerOptions extends FakeServerOptions {
  /** OAuth2 clients the token endpoint accepts; defaults to `fakeDynuCredentials`' client. */
  clients?: readonly FakeDynuClient[] | undefined;
  /** Access-token lifetime in seconds; Dynu's is 8 hours. */
  tokenLifetimeSeconds?: number | undefined;
}

/** The fake Dynu's resources and their items (`records` live under a domain). */
export interface FakeDynuResources extends Record<string, KitItem> {
  domains: FakeDomain;
  records: FakeDnsRecord;
  groups: KitItem;
  webRedirects: KitItem;
  monitors: KitItem;
}

/** A running fake Dynu. */
export type FakeDynuServer = FakeServer<FakeDynuResources>;

/** Starts a fake Dynu on 127.0.0.1 (a free port) answering all of Dynu's operations, plus its token endpoint. */
export function startFakeDynuServer(options: FakeDynuServerOptions = {}): Promise<FakeDynuServer> {
  const { tokenLifetimeSeconds, ...rest } = options;
  return startFakeServer<FakeDynuResources>(dynuFakeConfig, {
    ...rest,
    ...(tokenLifetimeSeconds === undefined ? {} : { accessTokenTtlSeconds: tokenLifetimeSeconds }),
  });
}
