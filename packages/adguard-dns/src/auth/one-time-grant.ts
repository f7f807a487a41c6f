// Wraps a grant that can succeed only once (an authorization code, a given refresh token).
import {
  type GrantContext,
  OAuthError,
  ReauthenticationRequiredError,
  type TokenSet,
} from "@provider-clients/auth";
import { adguardDnsProvider } from "../provider.js";

/**
 * Returns an `obtain` that runs `grant` until the server has answered it once. Later calls (the
 * session lost its tokens, or its refresh token was rejected) and a rejected first try raise
 * ReauthenticationRequiredError, since the one-time credential cannot be used again. Network
 * failures leave it unspent so the next call can try again.
 */
export function oneTimeGrant(
  what: string,
  grant: (ctx: GrantContext) => Promise<TokenSet>,
  spentReason = `${what} was already used`,
): (ctx: GrantContext) => Promise<TokenSet> {
  let spent = false;
  return async (ctx) => {
    if (spent) throw new ReauthenticationRequiredError(adguardDnsProvider, spentReason);
    try {
      const tokens = await grant(ctx);
      spent = true;
      return tokens;
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      spent = true;
      throw new ReauthenticationRequiredError(adguardDnsProvider, `${what} was rejected`, error);
    }
  };
}
