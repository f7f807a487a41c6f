// Test helpers for Dynata users: the kit's fake server configured as the Demand API, on loopback.
export {
  createFakeClock,
  type FakeClock,
  type FakeServer,
  type FakeServerOptions,
  type FaultSpec,
  type RequestRecord,
  walkOperations,
} from "@provider-clients/auth/testing";
export {
  dynataFakeConfig,
  type FakeDynataResources,
  type FakeDynataServer,
  fakeDynataUser,
  startFakeDynataServer,
} from "./fake-server.js";
