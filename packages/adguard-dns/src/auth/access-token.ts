// A fixed access token the caller already holds, sent as `Authorization: Bearer <token>`.
import { bearerAuth, type Secret, type StaticAuth } from "@provider-clients/auth";
import { adguardDnsProvider, adguardDnsSchemes } from "../provider.js";

/** A static bearer credential; nothing refreshes it, so a 401 after expiry reaches the caller. */
export function accessToken(token: Secret): StaticAuth {
  return bearerAuth({ provider: adguardDnsProvider, token, schemes: adguardDnsSchemes.bearer });
}
