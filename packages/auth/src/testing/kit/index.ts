// The spec-driven fake-server kit: every provider's fake is configuration on top of it.
export type {
  ExtraRoute,
  FakeErrorShape,
  FakeProviderConfig,
  KitContext,
  KitHandler,
} from "./config-types.js";
export type { FaultKind, FaultMatch, FaultSpec, Faults, RequestRecord } from "./fault-types.js";
export type {
  KitError,
  KitErrorKind,
  KitReply,
  KitRequest,
  RequestProblem,
} from "./request-types.js";
export type { KitItem, Pagination, ResourceModel, ResourceStore } from "./resource-types.js";
export type { FakeServer, FakeServerOptions, FakeServerState } from "./server-types.js";
export type {
  KitOperation,
  KitParameter,
  KitResponse,
  KitSchema,
  KitSpec,
  RequestValidator,
  RequestValidators,
} from "./spec-types.js";
export type {
  AuthorizeEndpoint,
  FakeAuthConfig,
  FakeClient,
  FakeCredentialsConfig,
  FakeUser,
  IssuedTokens,
  TokenAuthority,
  TokenCounts,
  TokenEndpoint,
  TokenGrant,
  TokenGrantRequest,
  TokenPolicy,
  TokenRefusal,
} from "./token-types.js";
