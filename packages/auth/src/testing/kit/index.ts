// The spec-driven fake-server kit: every provider's fake is configuration on top of it.
export type {
  ExtraRoute,
  FakeErrorShape,
  FakeProviderConfig,
  FakeQuota,
  KitContext,
  KitHandler,
} from "./config-types.js";
export type { FaultKind, FaultMatch, FaultSpec, Faults, RequestRecord } from "./fault-types.js";
export { type Page, pageOf } from "./paginate.js";
export type {
  KitError,
  KitErrorKind,
  KitReply,
  KitRequest,
  RequestProblem,
} from "./request-types.js";
export type { KitItem, Pagination, ResourceModel, ResourceStore } from "./resource-types.js";
export type {
  FakeServer,
  FakeServerOptions,
  FakeServerState,
  RequestMatch,
} from "./server-types.js";
export type {
  KitOperation,
  KitParameter,
  KitResponse,
  KitSchema,
  KitSpec,
  RequestValidator,
  RequestValidators,
} from "./spec-types.js";
export { startFakeServer } from "./start-fake-server.js";
export {
  readBasic,
  readOAuthGrant,
  writeOAuthRefusal,
  writeOAuthTokens,
} from "./token-endpoint.js";
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
export { type WalkOptions, type WalkResult, walkOperations } from "./walk-operations.js";
