// A static API key sent in the provider's header and format on every request.
import type { Secret, StaticAuth } from "../types.js";
import { secretHeaderAuth } from "./secret-header-auth.js";

/** Options for apiKeyAuth. */
export interface ApiKeyAuthOptions {
  provider: string;
  key: Secret;
  /** Header that carries the key, e.g. `API-Key` (Dynu) or `Authorization` (AdGuard DNS). */
  header: "API-Key" | "Authorization" | (string & {});
  /** Builds the header value from the key, e.g. `(k) => \`ApiKey ${k}\``; defaults to the bare key. */
  format?: ((key: string) => string) | undefined;
  /** Security scheme names from the spec this key satisfies. */
  schemes: readonly string[];
}

/** A StaticAuth that sets `header: format(key)`; the key is never stored on the object. */
export function apiKeyAuth(options: ApiKeyAuthOptions): StaticAuth {
  return secretHeaderAuth({
    provider: options.provider,
    secret: options.key,
    header: options.header,
    format: options.format ?? ((key) => key),
    schemes: options.schemes,
    what: "API key",
  });
}
