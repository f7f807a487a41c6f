// Revokes a refresh token at `/oapi/v1/revoke_token` (the token goes in the query string).
import { type GrantContext, requestToken, type TokenSet } from "@provider-clients/auth";
import { adguardDnsRevokePath } from "../provider.js";

/**
 * POSTs `/oapi/v1/revoke_token?refresh_token=...` when the set has a refresh token; a set without
 * one (implicit flow, a bare access token) has nothing the vendor can revoke.
 */
export async function revokeRefreshToken(ctx: GrantContext, tokens: TokenSet): Promise<void> {
  if (!tokens.refreshToken) return;
  const query = new URLSearchParams({ refresh_token: tokens.refreshToken });
  await requestToken({
    ctx,
    url: `${adguardDnsRevokePath}?${query}`,
    parse: () => undefined,
  });
}
