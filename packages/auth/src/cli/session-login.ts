// Login and logout through the token engine, so the CLI stores exactly what a script's session reads.
import { createSession } from "../session/create-session.js";
import { createMemoryTokenStore } from "../stores/memory-store.js";
import type { ManagedAuth, TokenSet, TokenStore, TokenStoreKey } from "../types.js";

/** Where a command's session talks to and keeps its tokens. */
export interface SessionTarget {
  baseUrl: string;
  store: TokenStore;
  /** The fetch token requests go through; the global one by default. */
  fetch?: typeof globalThis.fetch | undefined;
}

/**
 * Runs `auth`'s grant and stores the result under the session's key. The grant runs against a
 * memory store first, so a failed login leaves what the file held untouched.
 */
export async function loginWithSession(
  auth: ManagedAuth,
  target: SessionTarget,
): Promise<{ key: TokenStoreKey; tokens: TokenSet }> {
  const session = createSession({
    auth,
    baseUrl: target.baseUrl,
    fetch: target.fetch,
    store: createMemoryTokenStore(),
  });
  try {
    const tokens = await session.getToken();
    await target.store.set(session.key, tokens);
    return { key: session.key, tokens };
  } finally {
    await closeSession(session);
  }
}

/** Revokes the stored tokens at the provider through `auth`'s adapter, and always deletes them. */
export async function logoutWithSession(auth: ManagedAuth, target: SessionTarget): Promise<void> {
  const session = createSession({
    auth,
    baseUrl: target.baseUrl,
    fetch: target.fetch,
    store: target.store,
  });
  try {
    await session.revoke();
  } finally {
    await closeSession(session);
  }
}

// The session's Symbol.asyncDispose, reached without depending on the lib declaring the symbol.
async function closeSession(session: object): Promise<void> {
  const dispose = (session as Record<symbol, (() => Promise<void>) | undefined>)[
    Symbol.asyncDispose
  ];
  await dispose?.call(session);
}
