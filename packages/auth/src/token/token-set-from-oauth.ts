// Converts a standard snake_case OAuth token response (RFC 6749 §5.1) into a TokenSet.
import { ProviderClientError } from "../errors/provider-client-error.js";
import type { Clock, TokenSet } from "../types.js";

// Response fields the TokenSet already covers, or secrets that must not go into `extra`.
const KNOWN = new Set([
  "access_token",
  "token_type",
  "expires_in",
  "refresh_token",
  "refresh_expires_in",
  "refresh_token_expires_in",
  "scope",
  "id_token",
]);
const SECRET_LOOKING = /token|secret|password/i;

/**
 * Reads `access_token`, `token_type` (default `Bearer`), `expires_in` (seconds, number or numeric
 * string), `refresh_token`, `refresh_expires_in` / `refresh_token_expires_in` and `scope`,
 * turning relative lifetimes into absolute epoch-ms times from `clock.now()`.
 * Other non-secret fields (e.g. `account_id`) land in `extra`. Throws (without echoing values)
 * when `access_token` is missing.
 */
export function tokenSetFromOAuth(json: unknown, clock: Pick<Clock, "now">): TokenSet {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ProviderClientError("token response is not a JSON object", {
      code: "invalid_token_response",
    });
  }
  const body = json as Record<string, unknown>;
  const accessToken = body.access_token;
  if (typeof accessToken !== "string" || accessToken.length === 0) {
    throw new ProviderClientError("token response has no access_token", {
      code: "invalid_token_response",
    });
  }
  const issuedAt = clock.now();
  const expiresIn = seconds(body.expires_in);
  const refreshExpiresIn = seconds(body.refresh_expires_in ?? body.refresh_token_expires_in);
  const extra: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (!KNOWN.has(name) && !SECRET_LOOKING.test(name)) extra[name] = value;
  }
  const refreshToken = typeof body.refresh_token === "string" ? body.refresh_token : undefined;
  return {
    accessToken,
    tokenType: typeof body.token_type === "string" ? body.token_type : "Bearer",
    issuedAt,
    expiresAt: expiresIn === undefined ? undefined : issuedAt + expiresIn * 1000,
    refreshToken: refreshToken || undefined,
    refreshExpiresAt:
      refreshExpiresIn === undefined ? undefined : issuedAt + refreshExpiresIn * 1000,
    scope: typeof body.scope === "string" ? body.scope : undefined,
    extra: Object.keys(extra).length > 0 ? extra : undefined,
  };
}

// Accepts 3600 or "3600"; anything else (absent, negative, garbage) means "unknown".
function seconds(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : undefined;
}
