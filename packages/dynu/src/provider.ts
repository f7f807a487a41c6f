// Facts about Dynu that the client, the auth adapters and the fake server share.

/** The provider name used in store keys, error messages and logs. */
export const dynuProvider = "dynu";

/** Dynu's production API root (API version 2). */
export const dynuDefaultBaseUrl = "https://api.dynu.com/v2";

/** The token endpoint, relative to the API root: `https://api.dynu.com/v2/oauth2/token`. */
export const dynuTokenPath = "/oauth2/token";

/** Dynu's OAuth2 access tokens live 8 hours. */
export const dynuTokenLifetimeSeconds = 8 * 60 * 60;

/** Security scheme names in the spec, per credential kind. */
export const dynuSchemes = {
  apiKey: ["apiKey"],
  oauth2: ["oauth2"],
} as const;
