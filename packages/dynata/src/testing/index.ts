// Test helpers for Dynata users: a fake Demand API server on loopback, with state and faults.

export type {
  FakeAuthStore,
  FakeTokenLifetimes,
  FakeUser,
  TokenEndpointCounts,
} from "./fake-auth-store.js";
export type { FakeFault, FakeFaults, FaultRoute } from "./fake-faults.js";
export {
  type FakeDynataServer,
  type FakeDynataServerOptions,
  fakeDynataUser,
  startFakeDynataServer,
} from "./fake-server.js";
export type { FakeDynataState, FakeEvent, FakeProject, FakeRequestLogEntry } from "./fake-state.js";
