// A refresh token the caller already holds: traded for access tokens, rotated and revoked.
import { type ManagedAuth, managedAuth, resolveSecret, type Secret } from "@provider-clients/auth";
import { adguardDnsProvider, adguardDnsSchemes } from "../provider.js";
import { oneTimeGrant } from "./one-time-grant.js";
import { refreshGrant } from "./refresh-grant.js";
import { revokeRefreshToken } from "./revoke-refresh-token.js";

/** Options for `adguardDnsAuth.refreshToken`. */
export interface RefreshTokenAuthOptions {
  /** Store key account part (never a secret); set it when several accounts share one store. */
  account?: string | undefined;
}

/**
 * A managed session that starts from an existing refresh token. Once the server has answered
 * it, the session keeps whichever refresh token the server hands out next; when that chain is
 * rejected, ReauthenticationRequiredError tells the caller to log in again.
 */
export function refreshToken(token: Secret, options: RefreshTokenAuthOptions = {}): ManagedAuth {
  return managedAuth({
    kind: "managed",
    provider: adguardDnsProvider,
    account: options.account ?? "refresh-token",
    schemes: adguardDnsSchemes.bearer,
    obtain: oneTimeGrant("the given refresh token", async (ctx) => {
      const given = await resolveSecret(token, "AdGuard DNS refresh token");
      const tokens = await refreshGrant(ctx, given);
      // Without rotation the given token stays the one to refresh with.
      return { ...tokens, refreshToken: tokens.refreshToken ?? given };
    }),
    refresh: refreshGrant,
    revoke: revokeRefreshToken,
  });
}
