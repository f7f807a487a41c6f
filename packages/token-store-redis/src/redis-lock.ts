// A Redis lock: SET NX PX with a random token, renewed while held, released only by its owner.
import { ProviderClientError } from "@provider-clients/auth";
import type { Redis } from "ioredis";
import { EXTEND_LOCK, RELEASE_LOCK } from "./lua-scripts.js";

/** Lock timing. */
export interface RedisLockOptions {
  /** Lock expiry (ms); renewed every third of it while `fn` runs, so a crashed holder frees it. */
  ttlMs: number;
  /** How long to wait for another holder (ms). */
  timeoutMs: number;
}

/** Runs `fn` while holding the lock at `key`. */
export async function withRedisLock<T>(
  client: Redis,
  key: string,
  options: RedisLockOptions,
  fn: () => Promise<T>,
): Promise<T> {
  // Web Crypto rather than node:crypto, so the main entry imports nothing from `node:`.
  const token = globalThis.crypto.randomUUID();
  const deadline = Date.now() + options.timeoutMs;
  let delay = 5;
  while ((await client.set(key, token, "PX", options.ttlMs, "NX")) !== "OK") {
    if (Date.now() >= deadline) {
      throw new ProviderClientError(`timed out waiting for Redis lock ${key}`, {
        code: "token_store_lock_timeout",
      });
    }
    await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
    delay = Math.min(delay * 2, 100);
  }
  const renew = setInterval(
    () => {
      client.eval(EXTEND_LOCK, 1, key, token, String(options.ttlMs)).catch(() => undefined);
    },
    Math.max(10, Math.floor(options.ttlMs / 3)),
  );
  renew.unref();
  try {
    return await fn();
  } finally {
    clearInterval(renew);
    await client.eval(RELEASE_LOCK, 1, key, token);
  }
}
