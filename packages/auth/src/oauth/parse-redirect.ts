// Reads the authorization server's redirect back to the client: code/token, or an error.
import { OAuthRedirectError } from "../errors/oauth-redirect-error.js";
import { StateMismatchError } from "../errors/state-mismatch-error.js";
import { constantTimeEqual } from "./constant-time-equal.js";

/** What a successful redirect carried. */
export interface RedirectResult {
  /** Authorization code (code flow). */
  code?: string | undefined;
  /** Access token (implicit flow, fragment response). */
  accessToken?: string | undefined;
  tokenType?: string | undefined;
  /** Seconds, when the fragment carried `expires_in`. */
  expiresIn?: number | undefined;
  scope?: string | undefined;
  state: string;
  /** Every parameter, for provider-specific extras. */
  params: URLSearchParams;
}

/**
 * Parses a redirect URL (query or fragment response). `state` is checked first: missing or
 * different -> StateMismatchError; then an `error` -> OAuthRedirectError; a redirect with
 * neither `code` nor `access_token` -> OAuthRedirectError `invalid_response`.
 */
export function parseRedirect(
  url: string | URL,
  options: { expectedState: string },
): RedirectResult {
  const parsed = new URL(String(url));
  const fragment = new URLSearchParams(parsed.hash.replace(/^#/, ""));
  // Fragment responses (implicit flow / response_mode=fragment) win when the fragment has OAuth params.
  const params = ["state", "code", "access_token", "error"].some((name) => fragment.has(name))
    ? fragment
    : parsed.searchParams;
  const state = params.get("state");
  if (state === null || state === "") throw new StateMismatchError("missing");
  if (!constantTimeEqual(state, options.expectedState)) throw new StateMismatchError("mismatch");
  const error = params.get("error");
  if (error !== null) {
    throw new OAuthRedirectError(
      error,
      params.get("error_description") ?? undefined,
      params.get("error_uri") ?? undefined,
    );
  }
  const code = params.get("code") ?? undefined;
  const accessToken = params.get("access_token") ?? undefined;
  if (!code && !accessToken) {
    throw new OAuthRedirectError("invalid_response", "redirect has neither code nor access_token");
  }
  const expiresIn = params.get("expires_in");
  return {
    code,
    accessToken,
    tokenType: params.get("token_type") ?? undefined,
    expiresIn: expiresIn !== null && /^\d+$/.test(expiresIn) ? Number(expiresIn) : undefined,
    scope: params.get("scope") ?? undefined,
    state,
    params,
  };
}
