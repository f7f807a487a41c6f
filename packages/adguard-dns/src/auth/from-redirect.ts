// Turns the redirect back from `/oapi/v1/oauth_authorize` into a credential for the client.
import {
  type ManagedAuth,
  managedAuth,
  parseRedirect,
  type RedirectResult,
  type TokenSet,
} from "@provider-clients/auth";
import { adguardDnsProvider, adguardDnsSchemes } from "../provider.js";
import { oneTimeGrant } from "./one-time-grant.js";
import { refreshGrant } from "./refresh-grant.js";
import { revokeRefreshToken } from "./revoke-refresh-token.js";
import { callTokenEndpoint } from "./token-endpoint.js";

/** Options for `adguardDnsAuth.fromRedirect`. */
export interface FromRedirectOptions {
  /** The `state` returned by `authorizeUrl`; a missing or different state is refused. */
  expectedState: string;
  /** Code flow: the client id used in the authorize URL. */
  clientId?: string | undefined;
  /** Code flow: the `codeVerifier` returned by `authorizeUrl`. */
  codeVerifier?: string | undefined;
  /** Code flow: the redirect URI used in the authorize URL. */
  redirectUri?: string | undefined;
  /** Store key account part (never a secret); defaults to the client id. */
  account?: string | undefined;
}

/**
 * Checks `state` first (StateMismatchError), then an `error` in the redirect (OAuthRedirectError),
 * without any request. An implicit-flow fragment gives a session that uses its access token until
 * it expires; a code gives a session that exchanges it (`grant_type=authorization_code` with the
 * PKCE verifier) on first use, then refreshes and revokes like the password flow.
 */
export function fromRedirect(url: string | URL, options: FromRedirectOptions): ManagedAuth {
  if (typeof options?.expectedState !== "string" || options.expectedState.length === 0) {
    throw new TypeError("fromRedirect needs the expectedState returned by authorizeUrl");
  }
  const result = parseRedirect(url, { expectedState: options.expectedState });
  const base = {
    kind: "managed" as const,
    provider: adguardDnsProvider,
    account: options.account ?? options.clientId ?? "oauth",
    schemes: adguardDnsSchemes.bearer,
  };
  if (result.accessToken) {
    const obtain = oneTimeGrant(
      "the redirect's access token",
      implicitTokens(result),
      "the implicit flow's access token expired or was rejected; authorize again",
    );
    return managedAuth({ ...base, obtain });
  }
  const { clientId, codeVerifier, redirectUri } = options;
  if (!clientId || !codeVerifier || !redirectUri) {
    throw new TypeError(
      "fromRedirect: a code redirect needs clientId, codeVerifier and redirectUri",
    );
  }
  const code = result.code ?? "";
  return managedAuth({
    ...base,
    obtain: oneTimeGrant("the authorization code", (ctx) =>
      callTokenEndpoint(
        ctx,
        new URLSearchParams({
          grant_type: "authorization_code",
          code,
          client_id: clientId,
          code_verifier: codeVerifier,
          redirect_uri: redirectUri,
        }),
      ),
    ),
    refresh: refreshGrant,
    revoke: revokeRefreshToken,
  });
}

// The fragment's token, timed by the session's clock when the session first needs it.
function implicitTokens(result: RedirectResult) {
  return async (ctx: { clock: { now(): number } }): Promise<TokenSet> => {
    const issuedAt = ctx.clock.now();
    return {
      accessToken: result.accessToken ?? "",
      tokenType: result.tokenType ?? "Bearer",
      issuedAt,
      expiresAt: result.expiresIn === undefined ? undefined : issuedAt + result.expiresIn * 1000,
      scope: result.scope,
    };
  };
}
