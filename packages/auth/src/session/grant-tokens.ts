// Decides how to get a new token set: refresh when possible, else the primary grant.
import { OAuthError } from "../errors/oauth-error.js";
import { ReauthenticationRequiredError } from "../errors/reauthentication-required-error.js";
import type { Log } from "../logging/create-log.js";
import type { GrantContext, ManagedAuth, TokenSet } from "../types.js";
import { mergeRefreshed } from "./merge-refreshed.js";

/** What grantTokens needs besides the adapter. */
export interface GrantInput {
  auth: ManagedAuth;
  ctx: GrantContext;
  /** The set being replaced (stored or initial), if any. */
  base: TokenSet | undefined;
  /** A refresh token the server already rejected; not tried again. */
  deadRefreshToken: string | undefined;
  /** Told about a refresh token the server just rejected. */
  onRejected(refreshToken: string): void;
  log: Log | undefined;
}

/**
 * Refreshes with the base's refresh token when it exists, is unexpired and not known dead;
 * on an OAuthError (the server rejected it) or an expired refresh token falls back to
 * `obtain`, and without `obtain` throws ReauthenticationRequiredError.
 */
export async function grantTokens(input: GrantInput): Promise<TokenSet> {
  const { auth, ctx, base } = input;
  const refreshToken = base?.refreshToken;
  let reason = "no refresh token";
  let rejection: unknown;
  if (base && refreshToken && auth.refresh) {
    const expired = base.refreshExpiresAt !== undefined && ctx.clock.now() >= base.refreshExpiresAt;
    if (refreshToken === input.deadRefreshToken) {
      reason = "refresh token was rejected";
    } else if (expired) {
      reason = "refresh token expired";
    } else {
      try {
        const refreshed = mergeRefreshed(base, await auth.refresh(ctx, refreshToken));
        input.log?.("token.refreshed", { provider: auth.provider, expiresAt: refreshed.expiresAt });
        return refreshed;
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        input.log?.("token.refresh_rejected", {
          provider: auth.provider,
          status: error.status,
          error: error.error,
        });
        reason = "refresh token was rejected";
        rejection = error;
        input.onRejected(refreshToken);
      }
    }
  } else if (refreshToken && !auth.refresh) {
    reason = "adapter cannot refresh";
  }
  if (!auth.obtain) {
    input.log?.("token.reauthentication_required", { provider: auth.provider, reason });
    throw new ReauthenticationRequiredError(auth.provider, reason, rejection);
  }
  const obtained = await auth.obtain(ctx);
  input.log?.("token.obtained", { provider: auth.provider, expiresAt: obtained.expiresAt });
  return obtained;
}
