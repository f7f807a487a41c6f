// What every fake route handler shares: accounts, tokens, resources, the clock and the request log.
import type { Clock } from "@provider-clients/auth";
import type { FakeResources } from "./fake-resources.js";
import type { TokenAuthority } from "./fake-token-authority.js";

/** A user who can log in with the password grant (and approve authorize requests). */
export interface FakeUser {
  username: string;
  password: string;
  /** When set, the password grant also needs `mfa_token` equal to this. */
  mfaToken?: string | undefined;
}

/** An OAuth client allowed at the authorize endpoint, with its exact redirect URIs. */
export interface FakeOAuthClient {
  clientId: string;
  redirectUris: string[];
}

/** One call to the token endpoint, as the fake saw it (no secrets). */
export interface TokenRequestRecord {
  grantType: string;
  at: number;
  /** `issued`, `mfa_required`, `rejected` (401) or `invalid` (400). */
  outcome: "issued" | "mfa_required" | "rejected" | "invalid";
}

/** One API call, as the fake saw it (no secrets). */
export interface ApiRequestRecord {
  method: string;
  path: string;
  status: number;
  /** Which credential kind it carried. */
  credential: "api-key" | "bearer" | "none" | "invalid";
  at: number;
}

/** The shared mutable state of one fake server. */
export interface FakeContext {
  clock: Clock;
  users: Map<string, FakeUser>;
  apiKeys: Set<string>;
  clients: Map<string, FakeOAuthClient>;
  tokens: TokenAuthority;
  resources: FakeResources;
  tokenRequests: TokenRequestRecord[];
  revocations: { at: number; known: boolean }[];
  apiRequests: ApiRequestRecord[];
  /** The user who "approves" authorize requests; undefined means the user denies. */
  authorizeAs: string | undefined;
}
