// The `session` of a client with a static credential: nothing to refresh or revoke.
import type { ClientSession, SessionState } from "./types.js";

/** A session view for API keys and fixed tokens; revoke() has nothing to call. */
export function staticSession(): ClientSession {
  const state = (): SessionState => ({ kind: "static", status: "static" });
  return {
    state,
    load: async () => state(),
    revoke: async () => {},
    [Symbol.asyncDispose]: async () => {},
  };
}
