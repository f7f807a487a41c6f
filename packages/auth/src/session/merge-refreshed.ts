// Combines a refresh response with the set it replaced.
import type { TokenSet } from "../types.js";

/**
 * Keeps the old refresh token (and its expiry) when the response omits one; takes the rotated
 * one when present. Providers that do not resend `scope`/`extra` keep the previous values.
 */
export function mergeRefreshed(previous: TokenSet, next: TokenSet): TokenSet {
  const rotated = next.refreshToken !== undefined && next.refreshToken !== "";
  return {
    ...next,
    refreshToken: rotated ? next.refreshToken : previous.refreshToken,
    refreshExpiresAt: rotated
      ? next.refreshExpiresAt
      : (next.refreshExpiresAt ?? previous.refreshExpiresAt),
    scope: next.scope ?? previous.scope,
    extra: next.extra ?? previous.extra,
  };
}
