// @provider-clients/dynata: the typed Dynata Demand API client and its password login.

export type { TokenSet, TokenStore } from "@provider-clients/auth";
// The errors a caller catches, so nobody needs a second import.
export {
  ApiError,
  type EmptyErrorBody,
  NetworkError,
  OAuthError,
  ProviderClientError,
  ProviderClientErrorCode,
  ReauthenticationRequiredError,
  RequestTimeoutError,
  ResponseParseError,
  TokenRequestError,
} from "@provider-clients/auth";
export type { DynataPasswordOptions } from "./auth/index.js";
export { dynataAuth } from "./auth/index.js";
export { passwordAuth as dynataPassword } from "./auth/password.js";
export type { DynataClient, DynataClientOptions } from "./client.js";
export { createDynataClient, dynataDefaultBaseUrl } from "./client.js";
// The spec's enums as runtime arrays (e.g. for a select box or a check), generated with the types.
export * from "./generated/enums.js";
export type { components, OperationId, paths } from "./generated/index.js";
export { operations, servers } from "./generated/index.js";
export type { DynataMeta, OffsetPageOptions, OffsetPageResult, OffsetRange } from "./pagination.js";
export {
  paginateAttributes,
  paginateCountries,
  paginateEvents,
  paginateLineItems,
  paginateOffset,
  paginateProjects,
} from "./pagination.js";
export { dynataRequestId } from "./request-id.js";
