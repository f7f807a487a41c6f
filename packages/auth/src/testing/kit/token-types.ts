// One token authority for every fake: grants, lifetimes on the fake's clock, and each provider's wire format.
import type { KitReply, KitRequest } from "./request-types.js";

/** An OAuth client the fake accepts. */
export interface FakeClient {
  readonly clientId: string;
  /** Absent for public clients (PKCE only). */
  readonly clientSecret?: string;
  /** Redirect URIs allowed at the authorize endpoint; absent: any. */
  readonly redirectUris?: readonly string[];
}

/** A user the fake accepts for the password grant and the authorize page. */
export interface FakeUser {
  readonly username: string;
  readonly password: string;
  /** When set, the password grant also needs this one-time code (`mfa_required` without it). */
  readonly mfaCode?: string;
}

/** Lifetimes and rotation, in seconds of the fake's clock. */
export interface TokenPolicy {
  readonly accessTokenTtlSeconds: number;
  /** Absent: refresh tokens live until rotated away or revoked. */
  readonly refreshTokenTtlSeconds?: number;
  /** Each refresh hands out a new refresh token and retires the old one (default true). */
  readonly rotateRefreshTokens?: boolean;
  /** Whether client credentials also get a refresh token (default false). */
  readonly refreshForClientCredentials?: boolean;
  /** How long an authorization code can be exchanged (default 600). */
  readonly codeTtlSeconds?: number;
  /** `token_type` of issued tokens (default "bearer"). */
  readonly tokenType?: string;
}

/** A grant request, read from the wire by the endpoint's `read`. */
export type TokenGrantRequest =
  | {
      readonly grant: "client_credentials";
      readonly clientId?: string;
      readonly clientSecret?: string;
    }
  | {
      readonly grant: "password";
      readonly username?: string;
      readonly password?: string;
      readonly mfaCode?: string;
      readonly clientId?: string;
      readonly clientSecret?: string;
    }
  | {
      readonly grant: "refresh_token";
      readonly refreshToken?: string;
      readonly clientId?: string;
      readonly clientSecret?: string;
    }
  | {
      readonly grant: "authorization_code";
      readonly code?: string;
      readonly redirectUri?: string;
      readonly codeVerifier?: string;
      /** The `state` sent again with the code, where the provider asks for it (DNSimple). */
      readonly state?: string;
      readonly clientId?: string;
      readonly clientSecret?: string;
    }
  /** Revocation of an access or refresh token (logout). */
  | { readonly grant: "revoke"; readonly token?: string }
  /** A grant type the endpoint does not know. */
  | { readonly grant: "unsupported"; readonly name: string };

/** Grant names an endpoint accepts. */
export type TokenGrant = Exclude<TokenGrantRequest["grant"], "unsupported">;

/** Tokens the authority issued, before the provider's wire format spells them. */
export interface IssuedTokens {
  readonly accessToken: string;
  readonly tokenType: string;
  readonly expiresIn: number;
  readonly refreshToken?: string;
  /** Absent when refresh tokens do not expire. */
  readonly refreshExpiresIn?: number;
  /** The user (password, code) or client (client credentials) the tokens belong to. */
  readonly subject: string;
}

/** Why a token request is refused (RFC 6749 names, plus `mfa_required`). */
export interface TokenRefusal {
  readonly error:
    | "invalid_request"
    | "invalid_client"
    | "invalid_grant"
    | "unauthorized_client"
    | "unsupported_grant_type"
    | "mfa_required";
  readonly description: string;
  /** 401 for invalid_client, else 400. */
  readonly status: number;
  /** An `invalid_grant` because the one-time code sent is wrong (some providers answer it like a missing one). */
  readonly wrongMfaCode?: boolean;
}

/** One token (or revoke) endpoint, with the provider's wire format. */
export interface TokenEndpoint {
  readonly method: string;
  /** The path on the origin, e.g. `/v2/oauth2/token`. */
  readonly path: string;
  readonly grants: readonly TokenGrant[];
  /** Reads the grant; default: RFC 6749 form or JSON body, client from HTTP Basic or the body. */
  readonly read?: (request: KitRequest) => TokenGrantRequest;
  /** Spells issued tokens; default RFC 6749 JSON (`access_token`, `token_type`, `expires_in`, `refresh_token`). */
  readonly write?: (tokens: IssuedTokens, request: KitRequest) => KitReply;
  /** Spells a refusal; default `{ error, error_description }` with the refusal's status. */
  readonly refuse?: (refusal: TokenRefusal, request: KitRequest) => KitReply;
  /** Answer to a successful revoke; default 200 `{}`. */
  readonly revoked?: (request: KitRequest) => KitReply;
}

/** The authorize page (code with PKCE and state, implicit): approves at once as `approveAs` and redirects back. */
export interface AuthorizeEndpoint {
  /** The path on the origin, e.g. `/oauth/authorize`. */
  readonly path: string;
  /** `code`, `token` (implicit) or both. */
  readonly responseTypes: readonly ("code" | "token")[];
  /** Whether a code request must carry an S256 `code_challenge` (default true). */
  readonly requirePkce?: boolean;
  /** Whether a code request must carry `state`; the code is then bound to it, and its exchange must send the same `state` (DNSimple). */
  readonly requireState?: boolean;
  /** Who approves the request (a subject, e.g. the account the URL names), or undefined to deny it (default: `approveAs`, else the first user). */
  readonly approve?: (request: KitRequest) => string | undefined;
}

/** How a fake checks credentials and issues tokens: data plus the provider's wire format. */
export interface FakeAuthConfig {
  /** API keys accepted in `header` (value after `prefix`, e.g. `ApiKey `). */
  readonly apiKey?: { readonly header: string; readonly prefix?: string };
  /** API keys accepted in the query parameter `param` (OpenAPI `in: query`); the operation never sees it. */
  readonly queryKey?: { readonly param: string };
  /** Bearer tokens issued by the authority are accepted in `Authorization: Bearer`. */
  readonly bearer?: boolean;
  readonly policy: TokenPolicy;
  readonly tokenEndpoints?: readonly TokenEndpoint[];
  readonly authorize?: AuthorizeEndpoint;
}

/** What the fake knows about credentials at start: keys, clients, users (all test values). */
export interface FakeCredentialsConfig {
  readonly apiKeys?: readonly string[] | undefined;
  readonly clients?: readonly FakeClient[] | undefined;
  readonly users?: readonly FakeUser[] | undefined;
  /** Static bearer tokens accepted as they are (e.g. a personal access token). */
  readonly bearerTokens?: readonly string[] | undefined;
  /** The user the authorize page signs in as (default: the first user); null: the user declines. */
  readonly approveAs?: string | null | undefined;
}

/** Token counters and live tokens, for assertions. */
export interface TokenCounts {
  /** Token endpoint requests, answered or refused. */
  readonly requests: number;
  readonly issued: number;
  readonly liveAccessTokens: number;
  readonly activeRefreshTokens: number;
}

/** The bookkeeping behind every token endpoint, on the fake's clock. */
export interface TokenAuthority {
  /** Issues tokens to a subject (a username or clientId); with a refresh token when asked. */
  issue(subject: string, options?: { refresh?: boolean; clientId?: string }): IssuedTokens;
  /** The subject of a live access token (known, unexpired, not revoked). */
  verify(accessToken: string): string | undefined;
  /** Revokes one access or refresh token; false when unknown. */
  revoke(token: string): boolean;
  /** Every access token fails from now on (a 401 while the client thinks its token is good). */
  revokeAllAccessTokens(): void;
  /** Every refresh token fails from now on (the user logged out everywhere). */
  revokeAllRefreshTokens(): void;
  /** Token requests and issued tokens so far, and the live access and refresh tokens now. */
  counts(): TokenCounts;
  /** Every access token issued so far, in order (test values: to check that none leaks). */
  accessTokens(): readonly string[];
  /** A one-time authorization code, as a sign-in page would hand out (PKCE `challenge` optional). */
  createCode(input: {
    subject: string;
    clientId: string;
    redirectUri: string;
    challenge: string | undefined;
    /** The `state` the exchange must send again, when codes are bound to it. */
    state: string | undefined;
  }): string;
}
