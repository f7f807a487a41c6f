// Step one of the OAuth code flow: the URL that sends the user to DNSimple's authorize page.
import { buildAuthorizeUrl, createState } from "@provider-clients/auth";
import { PRODUCTION_AUTHORIZE_URL, SANDBOX_AUTHORIZE_URL } from "../servers.js";

/** Options for `dnsimpleAuth.authorizeUrl`. */
export interface AuthorizeUrlOptions {
  clientId: string;
  /** Must be the redirect URI registered with the OAuth application. */
  redirectUri: string;
  /** Anti-CSRF value DNSimple requires; a random one is generated when absent. */
  state?: string | undefined;
  /** Pre-selects the account the user authorizes. */
  accountId?: number | string | undefined;
  /** Use the sandbox web host. */
  sandbox?: boolean | undefined;
  /** Full authorize page URL, overriding the web host (e.g. a fake server in tests). */
  authorizeEndpoint?: string | undefined;
}

/** The URL to send the user to and the state to keep until the redirect comes back. */
export interface AuthorizeUrlResult {
  url: string;
  state: string;
}

/** Builds the authorize URL (`response_type=code`) and returns it with the state to check later. */
export function authorizeUrl(options: AuthorizeUrlOptions): AuthorizeUrlResult {
  const state = options.state === undefined || options.state === "" ? createState() : options.state;
  const endpoint =
    options.authorizeEndpoint ??
    (options.sandbox ? SANDBOX_AUTHORIZE_URL : PRODUCTION_AUTHORIZE_URL);
  const url = buildAuthorizeUrl(endpoint, {
    response_type: "code",
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    state,
    account_id: options.accountId === undefined ? undefined : String(options.accountId),
  });
  return { url, state };
}
