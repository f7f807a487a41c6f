// One OAuth application, sandbox or not, said once: authorize URL, code exchange and clients agree.
import type { Clock, RetryOptions, Secret } from "@provider-clients/auth";
import type { HasAccessToken } from "./auth/access-token.js";
import { accessToken } from "./auth/access-token.js";
import { type AuthorizeUrlResult, authorizeUrl } from "./auth/authorize-url.js";
import { type DnsimpleOAuthToken, exchangeCode } from "./auth/exchange-code.js";
import { createDnsimpleClient, type DnsimpleClient, type DnsimpleClientOptions } from "./client.js";

/** Options for `dnsimpleOAuthApp`: the application's settings and where it lives. */
export interface DnsimpleOAuthAppOptions {
  clientId: string;
  clientSecret: Secret;
  /** The redirect URI registered with the application. */
  redirectUri: string;
  /** Sandbox web host, token endpoint and API for all three steps. */
  sandbox?: boolean | undefined;
  /** API root for the code exchange and the clients; wins over `sandbox`. */
  baseUrl?: string | undefined;
  /** Full authorize page URL; wins over `sandbox` (e.g. a fake server's). */
  authorizeEndpoint?: string | undefined;
  /** The fetch implementation token requests go through; defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  retry?: RetryOptions | false | undefined;
  clock?: Clock | undefined;
}

/** What the redirect brought back, and the state `authorizeUrl` returned. */
export interface DnsimpleRedirect {
  code: string;
  state: string;
  expectedState: string;
  signal?: AbortSignal | undefined;
}

/** The three steps of the code flow bound to one application and one environment. */
export interface DnsimpleOAuthApp {
  /** Step 1: the authorize page URL and the state to keep. */
  authorizeUrl(options?: {
    state?: string | undefined;
    accountId?: number | string | undefined;
  }): AuthorizeUrlResult;
  /** Step 2: checks state, then trades the code for a token. */
  exchangeCode(redirect: DnsimpleRedirect): Promise<DnsimpleOAuthToken>;
  /** Step 3: a client for a token, on the same environment. */
  client(
    token: string | HasAccessToken,
    options?: Omit<DnsimpleClientOptions, "auth" | "sandbox" | "baseUrl">,
  ): DnsimpleClient;
}

/** Binds the OAuth steps to one application so `sandbox` (or `baseUrl`) is given in one place. */
export function dnsimpleOAuthApp(app: DnsimpleOAuthAppOptions): DnsimpleOAuthApp {
  const { sandbox, baseUrl } = app;
  return {
    authorizeUrl: (options = {}) =>
      authorizeUrl({
        clientId: app.clientId,
        redirectUri: app.redirectUri,
        sandbox,
        authorizeEndpoint: app.authorizeEndpoint,
        ...options,
      }),
    exchangeCode: (redirect) =>
      exchangeCode({
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        redirectUri: app.redirectUri,
        sandbox,
        baseUrl,
        fetch: app.fetch,
        retry: app.retry,
        clock: app.clock,
        ...redirect,
      }),
    client: (token, options = {}) =>
      createDnsimpleClient({
        fetch: app.fetch,
        retry: app.retry,
        clock: app.clock,
        ...options,
        auth: accessToken(token),
        sandbox,
        baseUrl,
      }),
  };
}
