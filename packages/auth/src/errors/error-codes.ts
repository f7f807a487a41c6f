// Every `code` a ProviderClientError can carry: one closed list a program can switch on.

/** The error codes, by name: `ProviderClientErrorCode.RequestTimeout === "request_timeout"`. */
export const ProviderClientErrorCode = {
  /** `ApiError`: the API answered non-2xx (throwing mode, page iterators). */
  ApiError: "api_error",
  /** `NetworkError`: an API request got no answer (refused, reset, DNS, TLS). */
  NetworkError: "network_error",
  /** `RequestTimeoutError`: one attempt ran past `timeoutMs`. */
  RequestTimeout: "request_timeout",
  /** `OAuthError`: a token endpoint refused the request (4xx other than 429). */
  OAuthError: "oauth_error",
  /** `MfaRequiredError` (AdGuard DNS): the account needs a two-factor code. */
  MfaRequired: "mfa_required",
  /** `TokenRequestError`: a token endpoint stayed unreachable or kept failing after retries. */
  TokenRequestFailed: "token_request_failed",
  /** `TokenRequestError`: a token endpoint answered with a redirect, which is never followed. */
  TokenRequestRedirected: "token_request_redirected",
  /** `ResponseParseError`: a 2xx body could not be parsed as the operation declares (e.g. HTML for JSON). */
  ResponseParseError: "response_parse_error",
  /** `ResponseTooLargeError`: a body passed the size limit and was not read. */
  ResponseTooLarge: "response_too_large",
  /** `TokenRequestError` / `ProviderClientError`: a token answer could not be read. */
  InvalidTokenResponse: "invalid_token_response",
  /** `ReauthenticationRequiredError`: no way left to get a token without the user. */
  ReauthenticationRequired: "reauthentication_required",
  /** `StateMismatchError`: an OAuth redirect's `state` is missing or not the one sent. */
  StateMismatch: "state_mismatch",
  /** `OAuthRedirectError`: an OAuth redirect carried `error`. */
  OAuthRedirectError: "oauth_redirect_error",
  /** `SpecMismatchError`: drift detection (`/validate` entries) found an answer unlike the spec. */
  SpecMismatch: "spec_mismatch",
  /** `ProviderClientError`: the session was closed and cannot be used any more. */
  SessionClosed: "session_closed",
  /** `ProviderClientError`: a token store holds data it cannot read (never overwritten). */
  TokenStoreCorrupt: "token_store_corrupt",
  /** `ProviderClientError`: a token file others could plant or change (symlink, foreign owner, loose mode). */
  TokenStoreUnsafe: "token_store_unsafe",
  /** `ProviderClientError`: a token store lock could not be taken in time. */
  TokenStoreLockTimeout: "token_store_lock_timeout",
  /** `ProviderClientError`: a secret (key, password, client secret) is empty or not a string. */
  InvalidSecret: "invalid_secret",
  /** `ProviderClientError`: a path parameter is empty, `.` or `..` (also percent-encoded); nothing was sent. */
  InvalidPathParam: "invalid_path_param",
  /** `ProviderClientError`: a path that does not start with `/`, or a URL outside the base URL; nothing was sent. */
  InvalidPath: "invalid_path",
  /** `ProviderClientError`: a credentialed request was redirected to another origin; not followed. */
  RedirectRefused: "redirect_refused",
  /** `ProviderClientError`: options that cannot work together or are missing (a call setting a query key's own parameter among them); nothing was sent. */
  InvalidOptions: "invalid_options",
} as const;

/** Union of every error code: `"api_error" | "network_error" | ...`. */
export type ProviderClientErrorCode =
  (typeof ProviderClientErrorCode)[keyof typeof ProviderClientErrorCode];
