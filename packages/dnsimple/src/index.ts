// @provider-clients/dnsimple: a typed DNSimple API v2 client with access-token and OAuth code auth.

export type { Clock, RetryOptions, Secret, StaticAuth } from "@provider-clients/auth";
export {
  ApiError,
  type EmptyErrorBody,
  NetworkError,
  OAuthError,
  ProviderClientError,
  ProviderClientErrorCode,
  RequestTimeoutError,
  ResponseParseError,
  StateMismatchError,
  TokenRequestError,
} from "@provider-clients/auth";
// The static flow alone: a bundle that imports it instead of dnsimpleAuth leaves the OAuth code out.
export { accessToken as dnsimpleAccessToken } from "./auth/access-token.js";
export {
  type AuthorizeUrlOptions,
  type AuthorizeUrlResult,
  type DnsimpleOAuthToken,
  dnsimpleAuth,
  type ExchangeCodeOptions,
  type HasAccessToken,
} from "./auth/index.js";
export { createDnsimpleClient, type DnsimpleClient, type DnsimpleClientOptions } from "./client.js";
export { DnsimpleOAuthError, type DnsimpleTokenErrorCode } from "./errors/dnsimple-oauth-error.js";
// The spec's enums as runtime arrays (e.g. for a select box or a check), generated with the types.
export * from "./generated/enums.js";
export type { components, OperationId, operationTypes, paths } from "./generated/index.js";
export {
  type DnsimpleOAuthApp,
  type DnsimpleOAuthAppOptions,
  type DnsimpleRedirect,
  dnsimpleOAuthApp,
} from "./oauth-app.js";
export {
  type DnsimplePage,
  type PaginatedItem,
  type PaginatedOperationId,
  type PaginateInit,
  type PaginateOptions,
  type Pagination,
  pages,
  paginate,
} from "./pagination.js";
export { type RateLimit, rateLimitOf } from "./rate-limit.js";
export {
  PRODUCTION_API_URL,
  PRODUCTION_AUTHORIZE_URL,
  SANDBOX_API_URL,
  SANDBOX_AUTHORIZE_URL,
} from "./servers.js";
