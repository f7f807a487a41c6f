// @provider-clients/dynu/testing: a fake Dynu server for your tests (Node only), built on the auth kit.
export type {
  FakeServerState as FakeDynuState,
  FaultMatch as FakeDynuRoute,
  FaultSpec as FakeFault,
  Faults as FakeFaults,
  IssuedTokens as FakeIssuedToken,
  RequestRecord as FakeRequestRecord,
} from "@provider-clients/auth/testing";
export { type FakeDynuClient, fakeDynuCredentials } from "./fake-credentials.js";
export { dynuFakeConfig } from "./fake-dynu-config.js";
export {
  type FakeDynuResources,
  type FakeDynuServer,
  type FakeDynuServerOptions,
  startFakeDynuServer,
} from "./fake-dynu-server.js";
export type { FakeDnsRecord, FakeDomain } from "./fake-records.js";
export { type DynuExceptionType, dynuErrorBody } from "./fake-responses.js";

/** Which credential an API request carried, as the fake judged it. */
export type FakeCredentialKind =
  import("@provider-clients/auth/testing").RequestRecord["credential"];
