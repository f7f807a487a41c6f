// Dynu's static API key, sent as `API-Key: <key>` on every API call.
import { apiKeyAuth, type Secret, type StaticAuth } from "@provider-clients/auth";
import { dynuProvider, dynuSchemes } from "../provider.js";

/** Authenticates with a Dynu API key (string or async getter), sent in the `API-Key` header. */
export function dynuApiKey(key: Secret): StaticAuth {
  return apiKeyAuth({
    provider: dynuProvider,
    key,
    header: "API-Key",
    schemes: dynuSchemes.apiKey,
  });
}
