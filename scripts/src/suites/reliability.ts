// The contract of a provider's `packages/<name>/suites/reliability.ts`: the API target and token flows
// tests/reliability runs its fault suites on. Every start gets a RunContext from the suite (clocks,
// request log, fault timing, secret collection), so a provider's file needs only these types.
import type { Logger, LogLevel, OnTokens, TokenStore } from "@provider-clients/auth";
import type { FakeClock, FaultSpec } from "@provider-clients/auth/testing";

/** A FakeClock whose `sleep(ms)` advances time by `ms` at once and records it. */
export interface SteppingClock extends FakeClock {
  /** Every sleep the code under test asked for, in order (ms). */
  readonly sleeps: number[];
}

/** What kind of request it was, as the flow under test classifies it. */
export type RequestKind =
  | "password"
  | "refresh"
  | "client_credentials"
  | "authorization_code"
  | "revoke"
  | "api";

/** One request as it left the client. */
export interface WireEntry {
  kind: RequestKind;
  method: string;
  path: string;
  /** True when an `Authorization` or `API-Key` header, or another carrier the run named, was on the request. */
  credential: boolean;
  /** HTTP status, or "network" when fetch threw. */
  outcome: number | "network";
}

/** Classifies a request from its path and (string) body. */
export type Classify = (path: string, body: string | undefined) => RequestKind;

/** The request log of one run plus the fetch that fills it. */
export interface WireLog {
  fetch: typeof globalThis.fetch;
  readonly entries: WireEntry[];
  /** Entries of one kind (all kinds when absent). */
  count(kind?: RequestKind | readonly RequestKind[]): number;
  /** Token-endpoint requests (every kind except api and revoke). */
  tokenRequests(): number;
  /** API requests that went out without any credential header. */
  apiWithoutCredential(): number;
  /** Forgets what was logged so far (e.g. after a flow's priming login). */
  reset(): void;
  /** The last `Date` header the client received, as epoch ms (kept across `reset`). */
  lastServerDate(): number | undefined;
}

/** What happened when a call was made; never a thrown promise. */
export type Outcome = { ok: true; status: number } | { ok: false; error: unknown };

/** A token-endpoint fault, named the way the reliability issue names it. */
export type TokenFault =
  | { kind: "status"; status: 500 | 502 | 503 }
  | { kind: "reset" }
  /** The endpoint answers only after the client's per-attempt timeout. */
  | { kind: "timeout" }
  /** The endpoint answers slowly but well within the timeout. */
  | { kind: "slow" }
  | { kind: "invalid-json" }
  /** A proxy's HTML error page with status 502. */
  | { kind: "html" }
  | { kind: "oauth"; error: "invalid_grant" | "invalid_client"; status: 400 | 401 }
  /** A password grant's "a second factor is needed" answer (only flows that support it). */
  | { kind: "mfa" }
  | { kind: "retry-after"; seconds: number };

/** Real-time settings of the suite (the stepping clock covers every other wait). */
export interface Timing {
  /** Per-attempt timeout to give clients. */
  readonly timeoutMs: number;
  /** How long a "timeout" fault holds its answer back (real ms). */
  readonly hangMs: number;
  /** How long a "slow" fault holds its answer back (real ms). */
  readonly slowMs: number;
}

/** Where else than `Authorization` and `API-Key` a request may carry its credential. */
export interface CredentialCarriers {
  readonly headers?: readonly string[];
  readonly queryParams?: readonly string[];
}

/** The options of a provider client that the suite sets for a run. */
export interface RunClientOptions {
  fetch: typeof globalThis.fetch;
  clock: SteppingClock;
  timeoutMs: number;
  store: TokenStore | undefined;
  onTokens: OnTokens;
  throwOnError: boolean | undefined;
  /** The secrets test's collecting logger at `debug`; unset otherwise. */
  logger: Logger | undefined;
  logLevel: LogLevel | undefined;
}

/** What the suite hands every start: pass its clocks, fetch, store and callbacks to client and fake. */
export interface RunContext {
  /** The client's clock. */
  readonly clock: SteppingClock;
  /** The fake server's clock: the client's own unless a suite skews the two. */
  readonly serverClock: SteppingClock;
  readonly timing: Timing;
  /** The token store to give a managed client (undefined: its default). */
  readonly store: TokenStore | undefined;
  /** The client's `throwOnError`. */
  readonly throwOnError: boolean | undefined;
  /**
   * Starts the run's request log; `classify` tells token requests from API calls, `carriers` name the
   * headers (besides `Authorization` and `API-Key`) and query parameters that carry a credential.
   * Give the client its `fetch`.
   */
  wireLog(classify: Classify, carriers?: CredentialCarriers): WireLog;
  /** An `onTokens` for the client that records each new token as a secret labelled with `prefix`. */
  onTokens(prefix: string): OnTokens;
  /** The client options every run passes: `fetch` of `wire`, the clock, timeout, store, `onTokens(prefix)`, throwing mode, logger. */
  clientOptions(wire: WireLog, prefix: string): RunClientOptions;
  /** Declares a secret the run uses (password, client secret, code), so the secrets test looks for it. */
  secret(label: string, value: string): void;
  /** Makes a call and turns its answer, or what it threw, into an Outcome. */
  settle(call: () => Promise<{ response: Response }>): Promise<Outcome>;
  /** The kit's usual answer for a token fault (OAuth refusals as `{ error, error_description }`); throws for `mfa`. */
  tokenFault(fault: TokenFault): FaultSpec;
}

/** A fault on an API route. */
export type ApiFault =
  | { kind: "status"; status: 500 | 502 | 503 }
  | { kind: "reset" }
  /** The provider's 401 for a credential it no longer takes. */
  | { kind: "unauthorized" };

/** A non-idempotent create the POST suites send. */
export interface ApiCreate {
  /** A POST that makes one resource named `name` when it reaches the fake. */
  post(name: string): Promise<Outcome>;
  /** How many resources the fake holds of the kind `post` creates. */
  count(): number;
}

/** A running client and its fake server. */
export interface ApiRun {
  readonly clock: SteppingClock;
  readonly wire: WireLog;
  /** An idempotent read (GET). */
  get(): Promise<Outcome>;
  /** A create, for the POST-once and replayed-POST checks: present exactly when the target `creates`. */
  readonly create?: ApiCreate;
  /** Makes the next `times` requests of `method` to the read/create route fail with `fault`. */
  injectApi(fault: ApiFault, method: "GET" | "POST", times: number): void;
  /** Server-side: the credential in use stops working (the client still thinks it valid). */
  invalidateCredentials(): void;
  /** How long an access token lives, for crossing an expiry on the clock (managed runs). */
  readonly accessTokenMs: number | undefined;
  close(): Promise<void>;
}

/** A provider's API under the fault suites. */
export interface ApiTarget {
  /** The provider's name (the registry's), plus a note when it is not its own file's target. */
  readonly name: string;
  /** True when the client runs a managed session (tokens obtained and renewed by the engine). */
  readonly managed: boolean;
  /** Whether its runs have a `create` (the registry default has none: the registry names no body to POST). */
  readonly creates: boolean;
  start(context: RunContext): Promise<ApiRun>;
}

/** A started token flow against its fake server. */
export interface FlowRun {
  readonly clock: SteppingClock;
  /** Requests as they left the client; reset after any priming login. */
  readonly wire: WireLog;
  /** Makes the next `times` requests to the endpoint under test fail with `fault`. */
  inject(fault: TokenFault, times: number): void;
  /** Runs the grant under test and then one idempotent API call; never throws. */
  exercise(): Promise<Outcome>;
  /** API requests the fake itself saw without a credential; undefined when its log cannot tell. */
  serverApiWithoutCredential(): number | undefined;
  close(): Promise<void>;
}

/** An error class a flow's refusals are instances of. */
export type ErrorClass = abstract new (...args: never[]) => object;

/** One flow of a managed credential: a grant whose token endpoint gets the faults. */
export interface TokenFlow {
  /** e.g. `dynata refresh` */
  readonly name: string;
  /** The registry name of the provider. */
  readonly provider: string;
  /** The grant whose endpoint gets the faults; `refresh` flows log in first, then refresh. */
  readonly grant: "client_credentials" | "password" | "refresh" | "authorization_code";
  /** Whether the flow has a second grant to fall back on when this one is rejected. */
  readonly fallsBack: boolean;
  /** The provider's own classes for OAuth refusals (default auth's OAuthError) and MFA answers. */
  readonly errors?: { readonly oauth?: ErrorClass; readonly mfa?: ErrorClass };
  supports(fault: TokenFault): boolean;
  start(context: RunContext): Promise<FlowRun>;
}

/** The call after a refresh token was revoked, and what it sent. */
export interface RevokedRefreshRun {
  outcome: Outcome;
  /** Requests sent from the revocation on. */
  wire: WireEntry[];
}

/** A session whose refresh token the server revokes mid-way. */
export interface RefreshRevocation {
  /** How the session without a password starts, for test names (e.g. `with only the stored refresh token`). */
  readonly withoutPassword: string;
  /** The OAuth refusal ReauthenticationRequiredError keeps as its `cause`, where the adapter keeps one. */
  readonly cause?: { readonly error: string; readonly status: number };
  /** Logs in, revokes every refresh token, lets the access token expire, makes one read. */
  run(withPassword: boolean, context: RunContext): Promise<RevokedRefreshRun>;
}

/** A password login by an account with a second factor, given the right code, none, or a wrong one. */
export interface MfaLogin {
  readonly errorClass: ErrorClass;
  start(code: "right" | "none" | "wrong", context: RunContext): Promise<FlowRun>;
}

/** What `packages/<name>/suites/reliability.ts` exports; a provider without it gets the registry default. */
export interface ProviderReliability {
  /** The API fault suites' target (a managed session when the provider has a managed credential). */
  apiTarget: ApiTarget;
  /** One flow per managed grant (none when every credential is static). */
  tokenFlows: readonly TokenFlow[];
  /** Refresh tokens revoked mid-session, where the provider has them. */
  refreshRevocation?: RefreshRevocation;
  /** Two-factor logins, where the provider has them. */
  mfaLogin?: MfaLogin;
}
