// The `session` of a client with a static credential: nothing to refresh or revoke.
import type { ClientSession } from "./types.js";

/** A session view for API keys and fixed tokens; revoke() has nothing to call. */
export function staticSession(): ClientSession {
  return {
    state: () => ({ kind: "static", status: "static" }),
    revoke: async () => {},
    [Symbol.asyncDispose]: async () => {},
  };
}
