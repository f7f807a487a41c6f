// One string per (provider, account) pair for map-based stores.
import type { TokenStoreKey } from "../types.js";

/** Joins provider and account with a NUL so no pair of names can collide. */
export function storeKeyString(key: TokenStoreKey): string {
  return `${key.provider}\u0000${key.account}`;
}
