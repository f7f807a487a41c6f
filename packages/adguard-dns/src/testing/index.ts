// @provider-clients/adguard-dns/testing: a fake AdGuard DNS server for tests (Node only), built on the auth kit.

export {
  createFakeClock,
  type FakeClock,
  type FakeServer,
  type FaultSpec,
  type RequestRecord,
} from "@provider-clients/auth/testing";
export { fakeAdGuardDnsCredentials } from "./fake-credentials.js";
export type { FakeLimits } from "./fake-handlers.js";
export {
  adguardDnsFakeConfig,
  type FakeAdGuardDnsResources,
  type FakeAdGuardDnsServer,
  type FakeAdGuardDnsServerOptions,
  startFakeAdGuardDnsServer,
} from "./fake-server.js";
