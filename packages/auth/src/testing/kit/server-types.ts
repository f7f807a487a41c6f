// The six named methods every provider's fake has (plus `url`), and the options every fake takes.
import type { Clock } from "../../types.js";
import type { FaultMatch, Faults, RequestRecord } from "./fault-types.js";
import type { KitItem } from "./resource-types.js";
import type { FakeCredentialsConfig, TokenAuthority, TokenCounts } from "./token-types.js";

/** Options every `startFake<Provider>Server` accepts. */
export interface FakeServerOptions extends FakeCredentialsConfig {
  /** Time for token lifetimes and timestamps; real time unless a fake clock is passed. */
  clock?: Pick<Clock, "now"> | undefined;
  /** Seed of sampled values and ids (default 1): the same seed gives the same answers. */
  seed?: number | undefined;
  /** Port on 127.0.0.1 (default 0: a free one). */
  port?: number | undefined;
  /** Check every answer against the spec and fail loudly (default: on under vitest, off otherwise). */
  checkAnswers?: boolean | undefined;
  /** Overrides the provider's access-token lifetime, in seconds. */
  accessTokenTtlSeconds?: number | undefined;
}

/** A snapshot of everything the fake holds. */
export interface FakeServerState {
  readonly resources: Readonly<Record<string, readonly KitItem[]>>;
  readonly tokens: TokenCounts;
}

/** Which requests `requests` and `count` pick: a fault's match, plus the route kind and status. */
export interface RequestMatch extends FaultMatch {
  readonly route?: RequestRecord["route"];
  readonly status?: number;
}

/** A running fake, the same shape for every provider; `R` names its resources and their item types. */
export interface FakeServer<R extends Record<string, KitItem> = Record<string, KitItem>> {
  /** The API root to pass as `baseUrl`, e.g. `http://127.0.0.1:40123/v2`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>`, for endpoints outside the API root. */
  readonly origin: string;
  readonly clock: Pick<Clock, "now">;
  /** Adds an item to a resource (sampled defaults for what `fields` leaves out) and returns it. */
  seed<K extends keyof R & string>(resource: K, fields?: Partial<R[K]>, parentId?: unknown): R[K];
  /** Everything held. */
  state(): FakeServerState;
  /** One resource's items (a parent's only, with `parentId`). */
  state<K extends keyof R & string>(resource: K, parentId?: unknown): readonly R[K][];
  /** Requests answered so far (token requests included, secrets never kept), optionally filtered. */
  requests(match?: RequestMatch): readonly RequestRecord[];
  /** How many requests matched (`count({ operationId: "dnsGet" })`). */
  count(match?: RequestMatch): number;
  readonly faults: Faults;
  /** The token bookkeeping (revoke everything to provoke a 401, read counters). */
  readonly tokens: TokenAuthority;
  /** Stops the server; rejects when an answer did not match the spec while `checkAnswers` was on. */
  close(): Promise<void>;
}
