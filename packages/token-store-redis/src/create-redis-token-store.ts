// A TokenStore in Redis for fleets: atomic compare-and-set and a cross-machine refresh lock.
import { ProviderClientError, type TokenSet, type TokenStore } from "@provider-clients/auth";
import { Redis } from "ioredis";
import { COMPARE_AND_SET } from "./lua-scripts.js";
import { lockKey, tokenKey } from "./redis-key.js";
import { withRedisLock } from "./redis-lock.js";

/** Options for createRedisTokenStore; give `client` or `url`. */
export interface RedisTokenStoreOptions {
  /** An ioredis client you own (not closed by `close()`). */
  client?: Redis | undefined;
  /** A redis:// URL; the store then owns its client and `close()` disconnects it. */
  url?: string | undefined;
  /** Key prefix; default `provider-clients:tokens:`. */
  prefix?: string | undefined;
  /** Refresh lock expiry in ms (renewed while held); default 30 s. */
  lockTtlMs?: number | undefined;
  /** How long `withLock` waits for another holder in ms; default 60 s. */
  lockTimeoutMs?: number | undefined;
}

/** A TokenStore that can also close the connection it opened. */
export interface RedisTokenStore extends TokenStore {
  withLock<T>(key: Parameters<TokenStore["get"]>[0], fn: () => Promise<T>): Promise<T>;
  /** Disconnects the client when the store created it from `url`. */
  close(): Promise<void>;
}

/**
 * Creates a Redis-backed TokenStore. Each token set is one JSON string key; compareAndSet runs
 * as a Lua script so the check of the stored refresh token and the write are atomic, and
 * withLock (SET NX PX + owner-checked release) keeps two machines from spending one
 * rotating refresh token.
 */
export function createRedisTokenStore(options: RedisTokenStoreOptions): RedisTokenStore {
  if (!options.client && !options.url) {
    throw new ProviderClientError("createRedisTokenStore needs a client or a url", {
      code: "invalid_options",
    });
  }
  const owned = !options.client;
  const client = options.client ?? new Redis(options.url!, { lazyConnect: false });
  const prefix = options.prefix ?? "provider-clients:tokens:";
  const lock = { ttlMs: options.lockTtlMs ?? 30_000, timeoutMs: options.lockTimeoutMs ?? 60_000 };

  return {
    async get(key) {
      const raw = await client.get(tokenKey(prefix, key));
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as TokenSet;
      } catch {
        throw new ProviderClientError(`Redis key ${tokenKey(prefix, key)} is not valid JSON`, {
          code: "token_store_corrupt",
        });
      }
    },
    async set(key, tokens) {
      await client.set(tokenKey(prefix, key), JSON.stringify(tokens));
    },
    async delete(key) {
      await client.del(tokenKey(prefix, key));
    },
    async compareAndSet(key, expected, next) {
      const written = await client.eval(
        COMPARE_AND_SET,
        1,
        tokenKey(prefix, key),
        expected === undefined ? "0" : "1",
        expected ?? "",
        JSON.stringify(next),
      );
      return written === 1;
    },
    withLock(key, fn) {
      return withRedisLock(client, lockKey(prefix, key), lock, fn);
    },
    async close() {
      if (owned) await client.quit();
    },
  };
}
