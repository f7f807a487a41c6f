// `adguardDnsAuth`: every way to authenticate against AdGuard DNS, by its public name.
import { accessToken } from "./access-token.js";
import { apiKey } from "./api-key.js";
import { authorizeUrl } from "./authorize-url.js";
import { fromRedirect } from "./from-redirect.js";
import { password } from "./password.js";
import { refreshToken } from "./refresh-token.js";

/** Credential builders for `createAdGuardDnsClient({ auth })`. */
export const adguardDnsAuth = {
  apiKey,
  password,
  refreshToken,
  accessToken,
  authorizeUrl,
  fromRedirect,
} as const;

export type { AuthorizeUrlOptions, AuthorizeUrlResult } from "./authorize-url.js";
export type { FromRedirectOptions } from "./from-redirect.js";
export { MfaRequiredError, type MfaRequiredErrorOptions } from "./mfa-required-error.js";
export type { PasswordAuthOptions } from "./password.js";
export type { RefreshTokenAuthOptions } from "./refresh-token.js";
