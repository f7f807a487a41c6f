// Step two of the OAuth code flow: trade the code for an access token at POST /oauth/access_token (JSON).
import {
  type Clock,
  constantTimeEqual,
  OAuthError,
  ProviderClientError,
  type RetryOptions,
  requestToken,
  resolveSecret,
  type Secret,
  StateMismatchError,
  systemClock,
  tokenSetFromOAuth,
} from "@provider-clients/auth";
import { DnsimpleOAuthError } from "../errors/dnsimple-oauth-error.js";
import { rateLimitAwareFetch } from "../rate-limit-fetch.js";
import { apiBaseUrl } from "../servers.js";

/** Options for `dnsimpleAuth.exchangeCode`. */
export interface ExchangeCodeOptions {
  clientId: string;
  clientSecret: Secret;
  /** The `code` from the redirect. */
  code: string;
  /** The same redirect URI as in the authorize URL. */
  redirectUri: string;
  /** The `state` the redirect carried. */
  state: string;
  /** The state `authorizeUrl` returned; a different or missing `state` fails before any request. */
  expectedState: string;
  /** Use the sandbox API. */
  sandbox?: boolean | undefined;
  /** API root (the token endpoint is `<baseUrl>/oauth/access_token`); wins over `sandbox`. */
  baseUrl?: string | undefined;
  /** The fetch implementation the token request goes through; defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  signal?: AbortSignal | undefined;
  /** Retries for network errors, 5xx and 429; false disables them. */
  retry?: RetryOptions | false | undefined;
  clock?: Clock | undefined;
}

/** What the exchange yields. DNSimple tokens do not expire and come without a refresh token. */
export interface DnsimpleOAuthToken {
  accessToken: string;
  /** As sent by DNSimple (`bearer`). */
  tokenType: string;
  scope: string | undefined;
  /** The account the user authorized. */
  accountId: number;
  /** Same as `accountId`, under DNSimple's field name. */
  account_id: number;
}

/**
 * Checks `state` against `expectedState` first (StateMismatchError, no request made), then
 * exchanges the code. Rejections throw DnsimpleOAuthError with the documented `reason`.
 */
export async function exchangeCode(options: ExchangeCodeOptions): Promise<DnsimpleOAuthToken> {
  if (!options.state || !options.expectedState) throw new StateMismatchError("missing");
  // Constant time, so the state check leaks nothing through timing.
  if (!constantTimeEqual(options.state, options.expectedState))
    throw new StateMismatchError("mismatch");
  const clock = options.clock ?? systemClock;
  const ctx = {
    fetch: rateLimitAwareFetch(options.fetch ?? ((input, init) => globalThis.fetch(input, init))),
    baseUrl: apiBaseUrl(options),
    clock,
    signal: options.signal,
    retry: options.retry === false ? { retries: 0 } : options.retry,
  };
  try {
    return await requestToken({
      ctx,
      url: "/oauth/access_token",
      json: {
        grant_type: "authorization_code",
        client_id: options.clientId,
        client_secret: await resolveSecret(options.clientSecret, "dnsimple client secret"),
        code: options.code,
        redirect_uri: options.redirectUri,
        state: options.state,
      },
      parse: (body) => readToken(body, clock),
    });
  } catch (error) {
    if (error instanceof OAuthError) throw new DnsimpleOAuthError(error);
    throw error;
  }
}

// The standard fields via the shared reader, plus DNSimple's required integer account_id.
function readToken(body: unknown, clock: Clock): DnsimpleOAuthToken {
  const tokens = tokenSetFromOAuth(body, clock);
  const accountId = tokens.extra?.account_id;
  if (typeof accountId !== "number" || !Number.isInteger(accountId)) {
    throw new ProviderClientError("token response has no integer account_id", {
      code: "invalid_token_response",
    });
  }
  return {
    accessToken: tokens.accessToken,
    tokenType: tokens.tokenType,
    scope: tokens.scope,
    accountId,
    account_id: accountId,
  };
}
