// Facts about AdGuard DNS that the client, the auth adapters and the fake server share.

/** The provider name used in store keys, error messages and logs. */
export const adguardDnsProvider = "adguard-dns";

/** AdGuard DNS's production API origin (the spec's first server). */
export const adguardDnsDefaultBaseUrl = "https://api.adguard-dns.io";

/** Token endpoint for the password, refresh_token and authorization_code grants. */
export const adguardDnsTokenPath = "/oapi/v1/oauth_token";

/** Revokes a refresh token given as the `refresh_token` query parameter. */
export const adguardDnsRevokePath = "/oapi/v1/revoke_token";

/** Authorization endpoint for the implicit (`token`) and code + PKCE (`code`) flows. */
export const adguardDnsAuthorizePath = "/oapi/v1/oauth_authorize";

/** `error_code` the token endpoint sends when the account needs a second factor. */
export const adguardDnsMfaErrorCode = "2fa_required";

/** Security scheme names in the spec, per credential kind. */
export const adguardDnsSchemes = {
  apiKey: ["ApiKey"],
  bearer: ["AuthToken"],
} as const;
