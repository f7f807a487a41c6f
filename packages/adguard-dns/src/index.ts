// @provider-clients/adguard-dns: a typed AdGuard DNS client with every vendor auth flow.

// Types that appear in the options, so callers need no second import.
export type {
  Clock,
  OnTokens,
  RetryOptions,
  Secret,
  TokenSet,
  TokenStore,
  TokenStoreKey,
} from "@provider-clients/auth";
// The errors callers catch, re-exported so one import is enough.
export {
  ApiError,
  type EmptyErrorBody,
  NetworkError,
  OAuthError,
  OAuthRedirectError,
  ProviderClientError,
  ProviderClientErrorCode,
  ReauthenticationRequiredError,
  RequestTimeoutError,
  ResponseParseError,
  StateMismatchError,
  TokenRequestError,
} from "@provider-clients/auth";
// The static flows alone: a bundle that imports them instead of adguardDnsAuth leaves the token engine out.
export { accessToken as adguardDnsAccessToken } from "./auth/access-token.js";
export { apiKey as adguardDnsApiKey } from "./auth/api-key.js";
export {
  type AuthorizeUrlOptions,
  type AuthorizeUrlResult,
  adguardDnsAuth,
  type FromRedirectOptions,
  MfaRequiredError,
  type PasswordAuthOptions,
  type RefreshTokenAuthOptions,
} from "./auth/index.js";
export {
  type AdGuardDnsClient,
  type AdGuardDnsClientOptions,
  createAdGuardDnsClient,
} from "./client.js";
// The spec's enums as runtime arrays (e.g. for a select box or a check), generated with the types.
export * from "./generated/enums.js";
export type { components, OperationId, paths } from "./generated/index.js";
export { operations } from "./generated/index.js";
export {
  type DeviceListQuery,
  type DnsServerListQuery,
  nextQueryLogCursor,
  type PaginateOptions,
  paginateDevices,
  paginateDnsServers,
  paginateQueryLog,
  type QueryLogQuery,
} from "./pagination.js";
export { adguardDnsDefaultBaseUrl, adguardDnsProvider } from "./provider.js";
