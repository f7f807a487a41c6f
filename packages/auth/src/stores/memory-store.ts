// The default TokenStore: a Map in this process, with copies in and out.
import type { TokenSet, TokenStore, TokenStoreKey } from "../types.js";
import { createKeyedMutex } from "./keyed-mutex.js";
import { storeKeyString } from "./store-key.js";

/** An in-memory TokenStore; `withLock` serialises refreshes of sessions sharing it in one process. */
export function createMemoryTokenStore(): TokenStore {
  const sets = new Map<string, TokenSet>();
  const mutex = createKeyedMutex();
  return {
    async get(key: TokenStoreKey) {
      const found = sets.get(storeKeyString(key));
      return found === undefined ? undefined : structuredClone(found);
    },
    async set(key: TokenStoreKey, tokens: TokenSet) {
      sets.set(storeKeyString(key), structuredClone(tokens));
    },
    async delete(key: TokenStoreKey) {
      sets.delete(storeKeyString(key));
    },
    async compareAndSet(key: TokenStoreKey, expected: string | undefined, next: TokenSet) {
      const id = storeKeyString(key);
      if (sets.get(id)?.refreshToken !== expected) return false;
      sets.set(id, structuredClone(next));
      return true;
    },
    withLock<T>(key: TokenStoreKey, fn: () => Promise<T>): Promise<T> {
      return mutex(storeKeyString(key), fn);
    },
  };
}
