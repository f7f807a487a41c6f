// Test helpers: a fake DNSimple server for your own tests (Node only).
export type {
  FakeAccount,
  FakeAuthorizationCode,
  FakeDomain,
  FakeOAuthApp,
  FakeTokenGrant,
  FakeUser,
  FakeZone,
  FakeZoneRecord,
} from "./fake-records.js";
export {
  type FakeDnsimpleServer,
  type FakeDnsimpleServerOptions,
  type FakeRequestLogEntry,
  startFakeDnsimpleServer,
} from "./fake-server.js";
export type { FakeDnsimpleState, RecordFields } from "./fake-state.js";
export type { FakeFaults, Fault, FaultKind, FaultMatch } from "./faults.js";
export type { RateLimitOptions } from "./rate-limiter.js";
