// The public shape of a managed session and the options that create one.
import type { Logger, LogLevel } from "../logging/logger.js";
import type {
  AsyncDisposableWhereDeclared,
  Clock,
  ManagedAuth,
  OnTokens,
  RetryOptions,
  TokenSet,
  TokenStore,
  TokenStoreKey,
} from "../types.js";

/** Receives lifecycle events; fields never hold secrets. (The same shape as `Logger`.) */
export type SessionLogger = Logger;

/** Options for createSession. */
export interface SessionOptions {
  auth: ManagedAuth;
  /** API base URL; adapters resolve token endpoint paths against it. */
  baseUrl: string;
  /** The fetch implementation token requests go through; defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Where tokens are kept; defaults to a fresh memory store. */
  store?: TokenStore | undefined;
  /** Called after every new token set is stored; a throwing callback is logged, not rethrown. */
  onTokens?: OnTokens | undefined;
  clock?: Clock | undefined;
  /** Token-endpoint retry policy; false disables retries. */
  retry?: RetryOptions | false | undefined;
  /** Per-attempt deadline (ms) for token requests, body included; none by default. */
  timeoutMs?: number | undefined;
  /** Receives token events (`token.obtained`, `token.refreshed`...); fields never hold secrets. */
  logger?: SessionLogger | undefined;
  /** Which events reach `logger`; default `debug` when a logger is given, else `PROVIDER_CLIENTS_LOG` or `off`. */
  logLevel?: LogLevel | undefined;
}

/** A secret-free view of a session for logs and health checks. */
export interface SessionSnapshot {
  kind: "managed";
  /** empty: no token yet; valid; expired: due for refresh; refreshing: a token request is in flight; closed. */
  status: "empty" | "valid" | "expired" | "refreshing" | "closed";
  expiresAt: number | undefined;
  refreshExpiresAt: number | undefined;
  hasRefreshToken: boolean;
  scope: string | undefined;
  extra: Record<string, unknown> | undefined;
}

/** The header to send plus the access token it carries (needed to invalidate it after a 401). */
export interface Authorization {
  name: string;
  value: string;
  accessToken: string;
}

/**
 * A managed token lifecycle for one provider account. `[Symbol.asyncDispose]()` (where your lib
 * declares it) closes the session: aborts token requests in flight; later calls reject. Does not revoke.
 */
export type Session = SessionLifecycle & AsyncDisposableWhereDeclared;

/** Everything a Session does besides `await using`. */
export interface SessionLifecycle {
  readonly kind: "session";
  readonly provider: string;
  readonly schemes: readonly string[];
  readonly key: TokenStoreKey;
  /** A token that is not due for refresh; concurrent callers share one token request. */
  getToken(signal?: AbortSignal): Promise<TokenSet>;
  /** `getToken` turned into the header the provider expects. */
  authorizationFor(signal?: AbortSignal): Promise<Authorization>;
  /** The header for the current token when it is not due for refresh, without waiting; else undefined. */
  cachedAuthorization(): Authorization | undefined;
  /** The header for a given token set (adapter's `header` or `Authorization: Bearer`). */
  header(tokens: TokenSet): readonly [name: string, value: string];
  /** Feeds an API answer's `Date` header in, so server clock skew is noticed before it costs a 401. */
  observeServerDate(dateHeader: string | null): void;
  /**
   * Wraps a layer of the client's request path so it sends with this session's token and, after
   * a 401, renews it and sends once more (createProviderClient uses it; the layer lives with the
   * engine so static-credential bundles leave it out).
   */
  authorize<Call>(
    inner: (request: Request, call: Call) => Promise<Response>,
  ): (request: Request, call: Call) => Promise<Response>;
  /** Marks `accessToken` unusable after a 401; ignored when it is no longer the current token. */
  invalidate(accessToken: string): void;
  /** A secret-free snapshot of the session, without network. */
  state(): SessionSnapshot;
  /** Reads the store (no network) so `state()` reflects a token kept there, e.g. after a restart. */
  load(): Promise<SessionSnapshot>;
  /** Revokes at the provider when the adapter can, then always clears the store. */
  revoke(signal?: AbortSignal): Promise<void>;
}
