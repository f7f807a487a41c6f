// The refresh_token grant shared by every managed flow.
import type { GrantContext, TokenSet } from "@provider-clients/auth";
import { callTokenEndpoint } from "./token-endpoint.js";

/** Trades a refresh token for a new set (`grant_type=refresh_token`). */
export function refreshGrant(ctx: GrantContext, refreshToken: string): Promise<TokenSet> {
  return callTokenEndpoint(
    ctx,
    new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }),
  );
}
