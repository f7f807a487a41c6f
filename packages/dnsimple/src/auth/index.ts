// `dnsimpleAuth`: every way to authenticate against DNSimple.
import { accessToken } from "./access-token.js";
import { authorizeUrl } from "./authorize-url.js";
import { exchangeCode } from "./exchange-code.js";

/** DNSimple auth: a static access token, and the OAuth code flow that yields one. */
export const dnsimpleAuth = {
  /** `Authorization: Bearer <token>` on every request (tokens do not expire). */
  accessToken,
  /** The authorize page URL and the state to check when the user comes back. */
  authorizeUrl,
  /** Trades the redirect's code for an access token and the authorized account id. */
  exchangeCode,
} as const;

export type { HasAccessToken } from "./access-token.js";
export type { AuthorizeUrlOptions, AuthorizeUrlResult } from "./authorize-url.js";
export type { DnsimpleOAuthToken, ExchangeCodeOptions } from "./exchange-code.js";
