// Shared contracts between the lifecycle engine, the stores and the provider adapters.
import type { Send } from "./client/send.js";
import type { Session, SessionOptions } from "./session/session-types.js";

/**
 * `[Symbol.asyncDispose]()` (for `await using`) when the compiler's lib declares the symbol
 * (ESNext.Disposable or @types/node); nothing under libs without it, e.g. ES2022 + DOM.
 */
export type AsyncDisposableWhereDeclared = SymbolConstructor extends {
  readonly asyncDispose: infer Key extends symbol;
}
  ? { [K in Key]: () => Promise<void> }
  : {};

/** A secret given as a string or as a (possibly async) function that returns it. */
export type Secret = string | (() => string | Promise<string>);

/** Milliseconds since the epoch, from an injectable clock. */
export interface Clock {
  /** The current time in milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` of this clock's time. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** One set of tokens as the engine keeps it; times are absolute (epoch ms). */
export interface TokenSet {
  accessToken: string;
  tokenType: string;
  /** When the access token stops working; undefined when the provider gives no lifetime. */
  expiresAt?: number | undefined;
  /** When the access token was issued, used to size the refresh margin. */
  issuedAt: number;
  refreshToken?: string | undefined;
  refreshExpiresAt?: number | undefined;
  scope?: string | undefined;
  /** Provider-specific extras that are not secrets, e.g. DNSimple's account_id. */
  extra?: Record<string, unknown> | undefined;
  /** Server clock minus ours (ms) when the set was issued, from the token answer's Date header. */
  serverSkewMs?: number | undefined;
}

/** Where a token set is kept, keyed by provider and account. */
export interface TokenStoreKey {
  provider: string;
  account: string;
}

/** Where token sets are kept between calls and processes, keyed by provider and account. */
export interface TokenStore {
  /** The token set kept under `key`, or undefined when there is none. */
  get(key: TokenStoreKey): Promise<TokenSet | undefined>;
  /** Keeps `tokens` under `key`, replacing what was there. */
  set(key: TokenStoreKey, tokens: TokenSet): Promise<void>;
  /** Forgets the token set kept under `key`. */
  delete(key: TokenStoreKey): Promise<void>;
  /**
   * Writes `next` only when the stored refresh token still equals `expectedRefreshToken`
   * (undefined: nothing stored, or the stored set has no refresh token). Returns true when
   * written; false means another writer won.
   */
  compareAndSet(
    key: TokenStoreKey,
    expectedRefreshToken: string | undefined,
    next: TokenSet,
  ): Promise<boolean>;
  /** Optional cross-process lock around a refresh so only one process spends a rotating token. */
  withLock?<T>(key: TokenStoreKey, fn: () => Promise<T>): Promise<T>;
}

/** What a token endpoint call gets from the engine. */
export interface GrantContext {
  /** The fetch token requests go through (the client's, with its timeouts and limits). */
  fetch: typeof fetch;
  /** The provider's API origin + base path the client was created with. */
  baseUrl: string;
  clock: Clock;
  signal?: AbortSignal | undefined;
  /** Retry policy for the token endpoint; `requestToken` reads it. Defaults apply when absent. */
  retry?: RetryOptions | undefined;
  /** Per-attempt deadline (ms) from sending until the body is read; none when absent or 0. */
  timeoutMs?: number | undefined;
}

/** A credential that is sent as-is on every request (API key, fixed bearer token). */
export interface StaticAuth {
  kind: "static";
  provider: string;
  /** Sets the credential's header(s) on an outgoing request; returns a promise only when it must wait. */
  apply(headers: Headers): void | Promise<void>;
  /** Security scheme names (from the spec) this credential satisfies. */
  schemes: readonly string[];
  /** Present when the secret travels in the URL's query (OpenAPI `in: query`); `apply` then sets no header. */
  query?: StaticQuery | undefined;
}

/** A static secret sent as one query parameter; the request path adds it just before fetch and hides it everywhere else. */
export interface StaticQuery {
  /** The query parameter's name, e.g. `api_key` (not a secret). */
  readonly param: string;
  /** The checked secret to send; rejects `invalid_secret` without echoing it. A promise only when it must wait. */
  value(): string | Promise<string>;
  /**
   * The request-path layer that adds the key at the fetch; `queryKeyAuth()` sets it so that only
   * callers with a query key bundle it. createProviderClient needs it.
   */
  layer?(inner: Send, within: (url: string) => boolean): Send;
}

/** A credential whose tokens are obtained, refreshed and revoked by the engine. */
export interface ManagedAuth {
  kind: "managed";
  provider: string;
  /** Store key part that tells accounts apart (e.g. username or client id); never a secret. */
  account: string;
  schemes: readonly string[];
  /** The primary grant (password, client credentials, code); absent when only a refresh token was given. */
  obtain?(ctx: GrantContext): Promise<TokenSet>;
  /** Trades a refresh token for a new set; may omit refreshToken (the engine keeps the old one). */
  refresh?(ctx: GrantContext, refreshToken: string): Promise<TokenSet>;
  /** Revokes/logs out at the provider, when it has such an endpoint. */
  revoke?(ctx: GrantContext, tokens: TokenSet): Promise<void>;
  /** Tokens to start from (e.g. a refresh token the user already holds). */
  initial?: Partial<TokenSet> | undefined;
  /** Header for the access token; defaults to `Authorization: Bearer <token>`. */
  header?(tokens: TokenSet): readonly [name: string, value: string];
  /**
   * Starts the token engine for this credential; `managedAuth()` sets it so that only callers
   * with a managed credential bundle the engine. createProviderClient needs it.
   */
  startSession?(options: SessionOptions): Session;
}

/** What a client's `auth` option takes: a static credential or a managed token flow. */
export type Auth = StaticAuth | ManagedAuth;

/** Retry policy for token endpoints and idempotent API calls. */
export interface RetryOptions {
  /** Extra attempts after the first; 0 disables retries. */
  retries?: number | undefined;
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  /** Longest Retry-After the client will honour before giving up. */
  maxRetryAfterMs?: number | undefined;
}

/** Called with every new token set, refreshes included. */
export type OnTokens = (tokens: TokenSet, key: TokenStoreKey) => void | Promise<void>;
