// How long before expiry a token is treated as due for refresh.
import type { TokenSet } from "../types.js";

const MIN_MARGIN_MS = 5_000;
const MAX_MARGIN_MS = 5 * 60_000;

/**
 * Margin = 10% of the token's lifetime, clamped to [5 s, 5 min], and never more than half the
 * lifetime. Why: 10% lets a short token (Dynata's 30 min -> 3 min) serve most of its life while
 * a long one (Dynu's 8 h -> 5 min cap) is not thrown away an hour early; the 5 s floor covers
 * clock skew and request latency; the half-lifetime cap keeps very short tokens usable at all.
 */
export function refreshMarginMs(tokens: Pick<TokenSet, "issuedAt" | "expiresAt">): number {
  if (tokens.expiresAt === undefined) return 0;
  const lifetime = Math.max(0, tokens.expiresAt - tokens.issuedAt);
  const scaled = Math.min(MAX_MARGIN_MS, Math.max(MIN_MARGIN_MS, lifetime * 0.1));
  return Math.min(scaled, lifetime / 2);
}

/** True while `now` is before the token's expiry minus its refresh margin (or it never expires). */
export function isFresh(tokens: Pick<TokenSet, "issuedAt" | "expiresAt">, now: number): boolean {
  if (tokens.expiresAt === undefined) return true;
  return now < tokens.expiresAt - refreshMarginMs(tokens);
}
