// The API key flow: `Authorization: ApiKey <key>` on every request.
import { apiKeyAuth, type Secret, type StaticAuth } from "@provider-clients/auth";
import { adguardDnsProvider, adguardDnsSchemes } from "../provider.js";

/** A static credential for an AdGuard DNS API key (created in the dashboard). */
export function apiKey(key: Secret): StaticAuth {
  return apiKeyAuth({
    provider: adguardDnsProvider,
    key,
    header: "Authorization",
    format: (value) => `ApiKey ${value}`,
    schemes: adguardDnsSchemes.apiKey,
  });
}
