// @provider-clients/auth: credentials, the token lifecycle engine, stores, OAuth helpers, middleware.

export * from "./client/index.js";
export { systemClock } from "./clock/system-clock.js";
export { type ApiKeyAuthOptions, apiKeyAuth } from "./credentials/api-key-auth.js";
export { type BearerAuthOptions, bearerAuth } from "./credentials/bearer-auth.js";
export { type QueryKeyAuthOptions, queryKeyAuth } from "./credentials/query-key-auth.js";
export { resolveSecret } from "./credentials/resolve-secret.js";
export { ApiError, type ApiErrorOptions } from "./errors/api-error.js";
export type { EmptyErrorBody } from "./errors/empty-error-body.js";
export { ProviderClientErrorCode } from "./errors/error-codes.js";
export { NetworkError } from "./errors/network-error.js";
export { OAuthError } from "./errors/oauth-error.js";
export { OAuthRedirectError } from "./errors/oauth-redirect-error.js";
export {
  ProviderClientError,
  type ProviderClientErrorOptions,
} from "./errors/provider-client-error.js";
export { ReauthenticationRequiredError } from "./errors/reauthentication-required-error.js";
export { redactUrl } from "./errors/redact-url.js";
export { RequestTimeoutError } from "./errors/request-timeout-error.js";
export {
  ResponseParseError,
  type ResponseParseErrorOptions,
} from "./errors/response-parse-error.js";
export { ResponseTooLargeError } from "./errors/response-too-large-error.js";
export { SpecMismatchError } from "./errors/spec-mismatch-error.js";
export { StateMismatchError } from "./errors/state-mismatch-error.js";
export { TokenRequestError } from "./errors/token-request-error.js";
export type { LogEventName, LogEvents } from "./logging/log-events.js";
export type { Logger, LogLevel } from "./logging/logger.js";
export {
  type AuthMiddlewareOptions,
  createAuthMiddleware,
} from "./middleware/auth-middleware.js";
export { needsCredential, type SecurityRequirements } from "./middleware/security.js";
export { type AuthorizeParams, buildAuthorizeUrl } from "./oauth/authorize-url.js";
export { constantTimeEqual } from "./oauth/constant-time-equal.js";
export { parseRedirect, type RedirectResult } from "./oauth/parse-redirect.js";
export { createPkcePair, type PkcePair, pkceChallenge } from "./oauth/pkce.js";
export { createState } from "./oauth/state.js";
export { backoffDelay } from "./retry/backoff.js";
export { parseRetryAfter } from "./retry/retry-after.js";
export { DEFAULT_RETRY, type RetryPolicy, retryPolicy } from "./retry/retry-policy.js";
export { createSession } from "./session/create-session.js";
export { managedAuth } from "./session/managed-auth.js";
export { refreshMarginMs } from "./session/refresh-margin.js";
export type {
  Authorization,
  Session,
  SessionLifecycle,
  SessionLogger,
  SessionOptions,
  SessionSnapshot,
} from "./session/session-types.js";
export { createMemoryTokenStore } from "./stores/memory-store.js";
export { requestToken, type TokenRequest } from "./token/request-token.js";
export { tokenSetFromOAuth } from "./token/token-set-from-oauth.js";
export type {
  AsyncDisposableWhereDeclared,
  Auth,
  Clock,
  GrantContext,
  ManagedAuth,
  OnTokens,
  RetryOptions,
  Secret,
  StaticAuth,
  StaticQuery,
  TokenSet,
  TokenStore,
  TokenStoreKey,
} from "./types.js";
