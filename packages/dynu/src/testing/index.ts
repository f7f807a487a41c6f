// @provider-clients/dynu/testing: a fake Dynu server for your tests (Node only).
export { type FakeDynuClient, fakeDynuCredentials } from "./fake-credentials.js";
export {
  type FakeDynuServer,
  type FakeDynuServerOptions,
  startFakeDynuServer,
} from "./fake-dynu-server.js";
export type { FakeDynuRoute, FakeFault, FakeFaults } from "./fake-faults.js";
export type { FakeDnsRecord } from "./fake-records.js";
export { type DynuExceptionType, dynuErrorBody } from "./fake-responses.js";
export type {
  FakeCredentialKind,
  FakeDomain,
  FakeDynuState,
  FakeIssuedToken,
  FakeRequestRecord,
} from "./fake-state.js";
