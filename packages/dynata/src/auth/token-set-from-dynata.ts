// Converts Dynata's camelCase token answer into the engine's TokenSet.
import type { Clock, TokenSet } from "@provider-clients/auth";

/**
 * Reads `{accessToken, expiresIn, refreshToken, refreshExpiresIn}` (lifetimes in seconds) and
 * turns them into absolute epoch-ms times from `clock.now()`. Throws a TypeError, without echoing
 * any value, when the access token is missing; requestToken reports it as invalid_token_response.
 */
export function tokenSetFromDynata(json: unknown, clock: Pick<Clock, "now">): TokenSet {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new TypeError("dynata token response is not a JSON object");
  }
  const body = json as Record<string, unknown>;
  if (typeof body.accessToken !== "string" || body.accessToken === "") {
    throw new TypeError("dynata token response has no accessToken");
  }
  const issuedAt = clock.now();
  const expiresIn = seconds(body.expiresIn);
  const refreshExpiresIn = seconds(body.refreshExpiresIn);
  const refreshToken =
    typeof body.refreshToken === "string" && body.refreshToken !== ""
      ? body.refreshToken
      : undefined;
  return {
    accessToken: body.accessToken,
    tokenType: "Bearer",
    issuedAt,
    expiresAt: expiresIn === undefined ? undefined : issuedAt + expiresIn * 1000,
    refreshToken,
    // A lifetime without a token to go with it means nothing.
    refreshExpiresAt:
      refreshToken === undefined || refreshExpiresIn === undefined
        ? undefined
        : issuedAt + refreshExpiresIn * 1000,
  };
}

// Accepts 1800 or "1800"; anything else (absent, negative, garbage) means "unknown".
function seconds(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : undefined;
}
