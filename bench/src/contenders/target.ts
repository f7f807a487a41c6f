// Where a contender sends its requests: an API root and the fetch that reaches it.
import type { Clock } from "@provider-clients/auth";

/** An API root plus the fetch to use (stubbed in-process or real loopback HTTP). */
export interface Target {
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  clock?: Clock;
}

/** The static API key every static-credential contender sends. */
export const benchApiKey = "bench-api-key";

/** Client credentials for the managed-token contender. */
export const benchClientCredentials = { clientId: "bench-client", clientSecret: "bench-secret" };
