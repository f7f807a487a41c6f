// @provider-clients/dnsimple/testing: a fake DNSimple server for your tests (Node only), built on the auth kit.
export type {
  FakeServerState as FakeDnsimpleState,
  FaultKind,
  FaultMatch,
  FaultSpec,
  Faults as FakeFaults,
  KitItem as FakeItem,
  RequestRecord as FakeRequestRecord,
} from "@provider-clients/auth/testing";
export { type DnsimpleWorld, dnsimpleFakeConfig } from "./fake-dnsimple-config.js";
export {
  type FakeAccount,
  type FakeDnsimpleServer,
  type FakeDnsimpleServerOptions,
  type FakeOAuthApp,
  type RateLimitOptions,
  startFakeDnsimpleServer,
} from "./fake-dnsimple-server.js";
