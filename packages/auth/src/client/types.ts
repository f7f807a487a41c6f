// Types shared by every provider's client factory.
import type { FetchResponse, MaybeOptionalInit, Middleware } from "openapi-fetch";
import type { EmptyErrorBody } from "../errors/empty-error-body.js";
import type { Logger, LogLevel } from "../logging/logger.js";
import type {
  AsyncDisposableWhereDeclared,
  Auth,
  Clock,
  OnTokens,
  RetryOptions,
  TokenStore,
} from "../types.js";

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
  baseUrl?: string | undefined;
  /** The fetch implementation requests go through; defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Where managed tokens are kept (memory when absent). */
  store?: TokenStore | undefined;
  onTokens?: OnTokens | undefined;
  /** Headers sent on every request (e.g. a User-Agent). */
  headers?: Record<string, string> | undefined;
  /** Per-attempt timeout in ms; 0 disables it. Defaults to 30 s. */
  timeoutMs?: number | undefined;
  /** Also time reading the body (until its end) with `timeoutMs`, as token requests always do; off by default so long downloads stream freely. */
  timeoutCoversBody?: boolean | undefined;
  /** Refuse (ResponseTooLargeError) API bodies over this many bytes, announced or received; unlimited by default (token bodies: 1 MiB). */
  maxBodyBytes?: number | undefined;
  /** Retries for 429 and, on idempotent requests, 5xx and network errors; false disables. */
  retry?: RetryOptions | false | undefined;
  /** Throw ApiError for non-2xx responses instead of returning `{ error }`. */
  throwOnError?: boolean | undefined;
  /** Receives log events (any object with debug/info/warn/error; `console` works, and is the default). */
  logger?: Logger | undefined;
  /** Which events are logged: `off` (default), `error`, `warn`, `info`, `debug`; `PROVIDER_CLIENTS_LOG` sets it in Node. */
  logLevel?: LogLevel | undefined;
  /** Injectable clock (tests use a fake one). */
  clock?: Clock | undefined;
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
  Init extends MaybeOptionalInit<PathItem, Method> & CallOptions,
>(
  ...init: RequiredInit<Init>
) => Promise<CallResponse<PathItem, Method, Init>>;

/**
 * openapi-fetch's result for one call, plus what a non-2xx answer with an empty body gives: an
 * `EmptyErrorBody` (so `error` is truthy for every non-2xx answer) on which the vendor's error
 * fields read as absent.
 */
export type CallResponse<PathItem, Method extends keyof PathItem, Init> =
  | FetchResult<PathItem, Method, Init>
  | {
      data?: never;
      error: EmptyErrorOf<NonNullable<FetchResult<PathItem, Method, Init>["error"]>>;
      response: Response;
    };

type FetchResult<PathItem, Method extends keyof PathItem, Init> = FetchResponse<
  // biome-ignore lint/suspicious/noExplicitAny: openapi-fetch's FetchResponse constrains T to Record<string | number, any>.
  PathItem[Method] & Record<string | number, any>,
  Init,
  Media
>;

/** The empty-body error beside a vendor error type `E`: E's fields are there, as `undefined`. */
export type EmptyErrorOf<E> = EmptyErrorBody & {
  readonly [K in Exclude<KeysOfUnion<E>, keyof EmptyErrorBody>]?: undefined;
};
type KeysOfUnion<E> = E extends object ? keyof E : never;

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

/** The `session` every client exposes; `await using` closes it where your lib declares the symbol. */
export type ClientSession = {
  /** A secret-free view of the credential state, without network. */
  state(): SessionState;
  /** Reads the token store (no network) so `state()` reports a token kept there, e.g. after a restart. */
  load(): Promise<SessionState>;
  /** Revokes at the provider when it can and forgets stored tokens. */
  revoke(): Promise<void>;
} & AsyncDisposableWhereDeclared;

/**
 * Options a single call may set for itself, beside openapi-fetch's own (`params`, `body`,
 * `parseAs`, `fetch`...). Each overrides the client's for this call only, retries included.
 */
export interface CallOptions {
  /** Per-attempt timeout of this call's attempts, in ms, instead of the client's; 0 disables it. Token requests keep the client's. */
  timeoutMs?: number | undefined;
  /** This call's retry policy: fields left out come from the client's; false sends it once. */
  retry?: RetryOptions | false | undefined;
  /** Aborts this call: an attempt in flight, a wait for a token, or a wait between retries. */
  signal?: AbortSignal | null | undefined;
}

// The paths that have `Method`, as openapi-fetch's PathsWithMethod finds them.
type PathsWith<Paths, Method extends HttpMethod> = {
  // biome-ignore lint/suspicious/noExplicitAny: the same test openapi-fetch makes.
  [P in keyof Paths]: Paths[P] extends { [M in Method]: any } ? P : never;
}[keyof Paths];

// `Method` as a key of the path item (it is one, for every path PathsWith picked).
type On<PathItem, Method extends HttpMethod> = Method & keyof PathItem;

type Media = `${string}/${string}`;

/** openapi-fetch's `GET`, `POST`...: typed by path, with CallOptions in the init. */
type CallMethod<Paths, Method extends HttpMethod> = <
  Path extends PathsWith<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], On<Paths[Path], Method>> & CallOptions,
>(
  url: Path,
  ...init: RequiredInit<Init>
) => Promise<CallResponse<Paths[Path], On<Paths[Path], Method>, Init>>;

/** openapi-fetch's `request(method, path, init)`, with CallOptions in the init. */
type CallRequestMethod<Paths> = <
  Method extends HttpMethod,
  Path extends PathsWith<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], On<Paths[Path], Method>> & CallOptions,
>(
  method: Method,
  url: Path,
  ...init: RequiredInit<Init>
) => Promise<CallResponse<Paths[Path], On<Paths[Path], Method>, Init>>;

/** openapi-fetch's client methods, each accepting CallOptions. */
export interface CallMethods<Paths extends {}> {
  request: CallRequestMethod<Paths>;
  GET: CallMethod<Paths, "get">;
  PUT: CallMethod<Paths, "put">;
  POST: CallMethod<Paths, "post">;
  DELETE: CallMethod<Paths, "delete">;
  OPTIONS: CallMethod<Paths, "options">;
  HEAD: CallMethod<Paths, "head">;
  PATCH: CallMethod<Paths, "patch">;
  TRACE: CallMethod<Paths, "trace">;
  /** Register openapi-fetch middleware; it sees requests before the credential is set. */
  use(...middleware: Middleware[]): void;
  /** Unregister middleware. */
  eject(...middleware: Middleware[]): void;
}

/** What `create*Client` returns: openapi-fetch's client (calls take CallOptions) plus `session` and `op`. */
export type ProviderClient<Paths extends {}, Ops extends OperationMap> = CallMethods<Paths> & {
  session: ClientSession;
  op: OperationCalls<Paths, Ops>;
  operations: Ops;
};
