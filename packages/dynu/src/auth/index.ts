// The `dynuAuth` object: one function per way of authenticating to Dynu.
import { dynuApiKey } from "./api-key.js";
import { dynuClientCredentials } from "./client-credentials.js";

export type { DynuClientCredentialsOptions } from "./client-credentials.js";

/** Ways to authenticate a Dynu client: a static API key or OAuth2 client credentials. */
export const dynuAuth = {
  /** `API-Key: <key>` on every call. */
  apiKey: dynuApiKey,
  /** OAuth2 client credentials (HTTP Basic at `/oauth2/token`), renewed before the 8-hour expiry. */
  clientCredentials: dynuClientCredentials,
} as const;
