// The Dynata auth endpoints, as paths under the host root the client was given.

/** Token and logout paths; the client's baseUrl is the bare host (https://api.dynata.com). */
export const dynataAuthPaths = {
  password: "/auth/v1/token/password",
  refresh: "/auth/v1/token/refresh",
  logout: "/auth/v1/logout",
} as const;

/** The application id every public client sends; the only value the API's schema allows. */
export const defaultClientId = "api";
