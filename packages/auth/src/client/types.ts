// Types shared by every provider's client factory.
import type { Client, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { Auth, Clock, OnTokens, RetryOptions, TokenStore } from "../types.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The shape of a generated operation map: operationId -> method, path, security. */
export type OperationMap = Readonly<
  Record<
    string,
    {
      readonly method: HttpMethod;
      readonly path: string;
      readonly security: readonly Readonly<Record<string, readonly string[]>>[];
    }
  >
>;

/** What a provider package tells the shared factory about itself. */
export interface ProviderDefinition<Ops extends OperationMap> {
  provider: string;
  defaultBaseUrl: string;
  operations: Ops;
  /** Reads the provider's request id from a response (header or error body). */
  requestIdOf?(response: Response, body: unknown): string | undefined;
}

/** Options every `create*Client` accepts. */
export interface ClientOptions<A extends Auth = Auth> {
  /** How requests are authenticated: a static credential or a managed session. */
  auth: A;
  /** API root; defaults to the vendor's production server. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Where managed tokens are kept (memory when absent). */
  store?: TokenStore;
  onTokens?: OnTokens;
  /** Headers sent on every request (e.g. a User-Agent). */
  headers?: Record<string, string>;
  /** Per-attempt timeout in ms; 0 disables it. Defaults to 30 s. */
  timeoutMs?: number;
  /** Retries for 429 and, on idempotent requests, 5xx and network errors; false disables. */
  retry?: RetryOptions | false;
  /** Throw ApiError for non-2xx responses instead of returning `{ error }`. */
  throwOnError?: boolean;
  /** Injectable clock (tests use a fake one). */
  clock?: Clock;
}

/** Typed calls by operationId, built on the generated operation map. */
export type OperationCalls<Paths extends {}, Ops extends OperationMap> = {
  [K in keyof Ops]: Ops[K]["path"] extends keyof Paths
    ? Ops[K]["method"] extends keyof Paths[Ops[K]["path"]]
      ? OperationCall<Paths[Ops[K]["path"]], Ops[K]["method"]>
      : never
    : never;
};

type OperationCall<PathItem, Method extends keyof PathItem> = <
  Init extends MaybeOptionalInit<PathItem, Method>,
>(
  ...init: RequiredInit<Init>
) => Promise<
  // biome-ignore lint/suspicious/noExplicitAny: openapi-fetch's FetchResponse constrains T to Record<string | number, any>.
  FetchResponse<PathItem[Method] & Record<string | number, any>, Init, `${string}/${string}`>
>;

// Mirrors openapi-fetch's InitParam: the init argument is required only when the operation needs it.
type RequiredInit<Init> =
  RequiredKeys<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/** A secret-free view of the credential state. */
export interface SessionState {
  kind: "static" | "managed";
  status: string;
  expiresAt?: number | undefined;
  refreshExpiresAt?: number | undefined;
  hasRefreshToken?: boolean;
  scope?: string | undefined;
  extra?: Record<string, unknown> | undefined;
}

/** The `session` every client exposes. */
export interface ClientSession {
  state(): SessionState;
  /** Revokes at the provider when it can and forgets stored tokens. */
  revoke(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** What `create*Client` returns: openapi-fetch's client plus `session` and `op`. */
export type ProviderClient<Paths extends {}, Ops extends OperationMap> = Client<Paths> & {
  session: ClientSession;
  op: OperationCalls<Paths, Ops>;
  operations: Ops;
};
