// @provider-clients/adguard-dns/testing: a fake AdGuard DNS server for tests (Node only).

export { createFakeClock, type FakeClock } from "@provider-clients/auth/testing";
export type {
  ApiRequestRecord,
  FakeOAuthClient,
  FakeUser,
  TokenRequestRecord,
} from "./fake-context.js";
export { fakeAdGuardDnsCredentials } from "./fake-credentials.js";
export type { FakeFault, FakeFaults, FaultTarget } from "./fake-faults.js";
export type { FakeLimits, FakeResources } from "./fake-resources.js";
export {
  type FakeAdGuardDnsServer,
  type FakeAdGuardDnsServerOptions,
  type FakeAdGuardDnsState,
  startFakeAdGuardDnsServer,
} from "./fake-server.js";
