// Redis key names for a provider account's token set and its refresh lock.
import type { TokenStoreKey } from "@provider-clients/auth";

/** `<prefix><provider>:<account>` with both parts URI-encoded so `:` in names cannot collide. */
export function tokenKey(prefix: string, key: TokenStoreKey): string {
  return `${prefix}${encodeURIComponent(key.provider)}:${encodeURIComponent(key.account)}`;
}

/** The lock key that sits next to a token key. */
export function lockKey(prefix: string, key: TokenStoreKey): string {
  return `${tokenKey(prefix, key)}:lock`;
}
