// The token lifecycle engine: caching, single flight, refresh/fallback, persistence and revoke.

import { systemClock } from "../clock/system-clock.js";
import { checkHeaderValue } from "../credentials/check-header-value.js";
import { ProviderClientError } from "../errors/provider-client-error.js";
import { createLog } from "../logging/create-log.js";
import { createMemoryTokenStore } from "../stores/memory-store.js";
import type { GrantContext, TokenSet, TokenStoreKey } from "../types.js";
import { defaultHeader } from "./default-header.js";
import { grantTokens } from "./grant-tokens.js";
import { raceAbort } from "./race-abort.js";
import { isFresh } from "./refresh-margin.js";
import { createServerSkew, skewDriftMs } from "./server-skew.js";
import type { Authorization, Session, SessionOptions, SessionSnapshot } from "./session-types.js";
import { createSingleFlight } from "./single-flight.js";
import { tokenSend } from "./token-send.js";

/**
 * Creates a managed session. Tokens are read from the store first (another process may have
 * refreshed), refreshed under the store's lock when it has one, and written with
 * compareAndSet so a rotating refresh token is spent once; a lost race adopts the winner.
 */
export function createSession(options: SessionOptions): Session {
  const { auth } = options;
  // A logger handed to the engine directly hears everything unless a level says otherwise.
  const log = createLog(options.logger, options.logLevel ?? (options.logger ? "debug" : undefined));
  const clock = options.clock ?? systemClock;
  const store = options.store ?? createMemoryTokenStore();
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const key: TokenStoreKey = { provider: auth.provider, account: auth.account };
  const lifetime = new AbortController();
  const skew = createServerSkew();
  const flight = createSingleFlight<TokenSet>();
  let current: TokenSet | undefined;
  let invalidToken: string | undefined;
  let deadRefreshToken: string | undefined;
  let initialConsumed = false;
  let closed = false;
  // Bumped whenever `current` changes, so a late store read never undoes newer state.
  let generation = 0;

  const context = (signal?: AbortSignal): GrantContext => ({
    fetch: async (input, init) => {
      const response = await fetchImpl(input, init);
      skew.observe(response.headers.get("date"), clock.now());
      return response;
    },
    baseUrl: options.baseUrl,
    clock,
    // A signal of its own per grant: fetch adds a listener to it, which must not pile up on `lifetime`.
    signal: AbortSignal.any(signal ? [signal, lifetime.signal] : [lifetime.signal]),
    retry: options.retry === false ? { retries: 0 } : options.retry,
    timeoutMs: options.timeoutMs,
  });

  // Not a type guard on purpose: a false result says nothing about the value being undefined.
  const usable = (tokens: TokenSet | undefined): boolean =>
    tokens !== undefined &&
    tokens.accessToken !== "" &&
    tokens.accessToken !== invalidToken &&
    // Judge by the server's clock as it moved since issue, so skew never sends a doomed token.
    isFresh(tokens, clock.now() + skewDriftMs(tokens.serverSkewMs, skew.current()));

  // The stored set, else the adapter's `initial` tokens until they have been used once.
  const readBase = async (): Promise<{ base: TokenSet | undefined; stored: boolean }> => {
    const stored = await store.get(key);
    if (stored) return { base: stored, stored: true };
    const initial = auth.initial;
    if (initialConsumed || !initial || !(initial.accessToken || initial.refreshToken)) {
      return { base: undefined, stored: false };
    }
    return {
      stored: false,
      base: { accessToken: "", tokenType: "Bearer", issuedAt: clock.now(), ...initial },
    };
  };

  const adopt = (tokens: TokenSet): TokenSet => {
    generation++;
    current = tokens;
    return tokens;
  };

  // A token another run or process stored: adopted without a token request.
  const reuse = (tokens: TokenSet): TokenSet => {
    log?.("token.reused", { provider: key.provider, source: "store", expiresAt: tokens.expiresAt });
    return adopt(tokens);
  };

  const commit = async (expected: string | undefined, next: TokenSet): Promise<TokenSet> => {
    if (!(await store.compareAndSet(key, expected, next))) {
      const winner = await store.get(key);
      if (winner && winner.accessToken !== "") {
        return reuse(winner);
      }
      await store.set(key, next);
    }
    initialConsumed = true;
    adopt(next);
    try {
      await options.onTokens?.(next, key);
    } catch (error) {
      log?.("callback.failed", {
        provider: key.provider,
        callback: "onTokens",
        error: String(error),
      });
    }
    return next;
  };

  const refreshLocked = async (): Promise<TokenSet> => {
    const { base, stored } = await readBase();
    if (base && usable(base)) return stored ? reuse(base) : adopt(base);
    const granted = await grantTokens({
      auth,
      ctx: context(),
      base,
      deadRefreshToken,
      onRejected: (refreshToken) => {
        deadRefreshToken = refreshToken;
      },
      log,
    });
    const tokens = { ...granted, serverSkewMs: skew.current() };
    return commit(stored ? base?.refreshToken : undefined, tokens);
  };

  const acquire = async (): Promise<TokenSet> => {
    const { base, stored } = await readBase();
    if (base && usable(base)) return stored ? reuse(base) : adopt(base);
    return store.withLock ? store.withLock(key, refreshLocked) : refreshLocked();
  };

  const closedError = () =>
    new ProviderClientError(`${key.provider} session is closed`, { code: "session_closed" });

  const getToken = async (signal?: AbortSignal): Promise<TokenSet> => {
    if (closed) throw closedError();
    if (current && usable(current)) return current;
    return raceAbort(flight.run(acquire), signal);
  };

  const header = (tokens: TokenSet) => auth.header?.(tokens) ?? defaultHeader(tokens);

  // Built once per token set: the request path must not format a header on every call.
  let lastAuthorization: { tokens: TokenSet; authorization: Authorization } | undefined;
  const authorizationOf = (tokens: TokenSet): Authorization => {
    if (lastAuthorization?.tokens !== tokens) {
      const [name, raw] = header(tokens);
      // Checked once per token set: a token endpoint's CR/LF must not reach fetch's error text.
      const value = checkHeaderValue(raw, `${auth.provider} access token`);
      lastAuthorization = {
        tokens,
        authorization: { name, value, accessToken: tokens.accessToken },
      };
    }
    return lastAuthorization.authorization;
  };

  const state = (): SessionSnapshot => {
    const status: SessionSnapshot["status"] = closed
      ? "closed"
      : flight.current
        ? "refreshing"
        : current === undefined
          ? "empty"
          : usable(current)
            ? "valid"
            : "expired";
    return {
      kind: "managed",
      status,
      expiresAt: current?.expiresAt,
      refreshExpiresAt: current?.refreshExpiresAt,
      hasRefreshToken: Boolean(current?.refreshToken),
      scope: current?.scope,
      extra: current?.extra,
    };
  };

  // Takes what the store holds (no network) when nothing newer is known yet.
  const load = async (): Promise<SessionSnapshot> => {
    const seen = generation;
    const stored = await store.get(key);
    if (seen === generation && !current && !closed && stored && stored.accessToken !== "") {
      reuse(stored);
    }
    return state();
  };
  // Started at once, so after a restart state() reports the stored token before the first call.
  load().catch(() => undefined);

  const session: Session = {
    kind: "session",
    provider: auth.provider,
    schemes: [...auth.schemes],
    key,
    getToken,
    header,
    async authorizationFor(signal) {
      return authorizationOf(await getToken(signal));
    },
    cachedAuthorization() {
      return !closed && current && usable(current) ? authorizationOf(current) : undefined;
    },
    observeServerDate(dateHeader) {
      skew.observe(dateHeader, clock.now());
    },
    invalidate(accessToken) {
      if (current?.accessToken === accessToken) invalidToken = accessToken;
    },
    authorize: (inner) => tokenSend(session, inner),
    state,
    load,
    async revoke(signal) {
      await flight.current?.catch(() => undefined);
      const tokens = current ?? (await store.get(key));
      const atProvider = Boolean(auth.revoke && tokens && tokens.accessToken !== "");
      try {
        if (atProvider && tokens) await auth.revoke?.(context(signal), tokens);
      } finally {
        log?.("token.revoked", { provider: key.provider, atProvider });
        await store.delete(key);
        generation++;
        current = undefined;
        invalidToken = undefined;
        initialConsumed = true;
      }
    },
    async [Symbol.asyncDispose]() {
      if (closed) return;
      closed = true;
      lifetime.abort(closedError());
      await flight.current?.catch(() => undefined);
    },
  };
  return session;
}
