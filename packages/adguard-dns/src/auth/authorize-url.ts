// Builds the `/oapi/v1/oauth_authorize` URL for the implicit or the code + PKCE flow.
import { buildAuthorizeUrl, createPkcePair, createState } from "@provider-clients/auth";
import { adguardDnsAuthorizePath, adguardDnsDefaultBaseUrl } from "../provider.js";

/** Options for `adguardDnsAuth.authorizeUrl`. */
export interface AuthorizeUrlOptions {
  clientId: string;
  redirectUri: string;
  /** `token`: the access token comes back in the URL fragment; `code`: a code to exchange (PKCE S256). */
  responseType: "token" | "code";
  /** Ties the redirect to this request; a random one is made when absent. */
  state?: string | undefined;
  /** API origin; defaults to the production server (tests point it at the fake server). */
  baseUrl?: string | undefined;
}

/** Where to send the user, plus what to keep for `fromRedirect`. */
export interface AuthorizeUrlResult {
  url: string;
  /** Pass as `expectedState` to `fromRedirect`. */
  state: string;
  /** Code flow only: the PKCE verifier to pass to `fromRedirect`; keep it secret. */
  codeVerifier?: string;
}

/**
 * The authorize URL (async: the PKCE challenge is hashed with Web Crypto) with `client_id`, `response_type`, `redirect_uri` and `state`; for `code`
 * also `code_challenge` + `code_challenge_method=S256`. The verifier itself never goes in the URL.
 */
export async function authorizeUrl(options: AuthorizeUrlOptions): Promise<AuthorizeUrlResult> {
  if (options.responseType !== "token" && options.responseType !== "code") {
    throw new TypeError('authorizeUrl: responseType must be "token" or "code"');
  }
  if (!options.clientId || !options.redirectUri) {
    throw new TypeError("authorizeUrl: clientId and redirectUri are required");
  }
  const state = options.state ?? createState();
  const base = `${(options.baseUrl ?? adguardDnsDefaultBaseUrl).replace(/\/+$/, "")}${adguardDnsAuthorizePath}`;
  const params = {
    client_id: options.clientId,
    response_type: options.responseType,
    redirect_uri: options.redirectUri,
    state,
  };
  if (options.responseType === "token") return { url: buildAuthorizeUrl(base, params), state };
  const pkce = await createPkcePair();
  const url = buildAuthorizeUrl(base, {
    ...params,
    code_challenge: pkce.challenge,
    code_challenge_method: pkce.method,
  });
  return { url, state, codeVerifier: pkce.verifier };
}
