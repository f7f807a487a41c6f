// A provider's fake as configuration: its spec tables, error shape, auth wire format, resources and the few custom handlers.
import type { OperationMap } from "../../client/types.js";
import type { ResponseValidators } from "../../validate/types.js";
import type { KitError, KitErrorKind, KitReply, KitRequest } from "./request-types.js";
import type { ResourceModel, ResourceStore } from "./resource-types.js";
import type { KitSpec, RequestValidators } from "./spec-types.js";
import type { FakeAuthConfig, FakeCredentialsConfig, TokenAuthority } from "./token-types.js";

/** The provider's own error answers. */
export interface FakeErrorShape {
  /** Status per kind where the provider differs from the kit's (404, 405, 400, 415, 401, 403, 409, 429, 500). */
  readonly status?: Partial<Record<KitErrorKind, number>>;
  /** The provider's error body, e.g. Dynu `{ statusCode, exception: { statusCode, type, message } }`. */
  readonly body: (error: KitError) => unknown;
  /** Extra headers on every error (e.g. `WWW-Authenticate` on 401). */
  readonly headers?: (error: KitError) => Readonly<Record<string, string>> | undefined;
}

/** What a custom handler and the resource defaults get for one request. */
export interface KitContext {
  readonly request: KitRequest;
  /** The operation the request was routed to. */
  readonly operationId: string;
  readonly resources: ResourceStore;
  readonly tokens: TokenAuthority;
  /** Who the credential belongs to: a username, a clientId, "api-key", or undefined for none. */
  readonly subject: string | undefined;
  /** The fake clock's (or real) time in epoch ms. */
  now(): number;
  /** The default answer: a schema-valid body for `status` (default: the first declared 2xx). */
  sample(status?: number): KitReply;
  /** The provider's error answer for `kind` (status from the error shape unless given). */
  fail(kind: KitErrorKind, message: string, status?: number): KitReply;
}

/** Answers one operation; undefined falls through to the resource model, then to the sampled default. */
export type KitHandler = (
  context: KitContext,
) => KitReply | undefined | Promise<KitReply | undefined>;

/** A route outside the spec (a consent page, a health check): matched by method and origin path. */
export interface ExtraRoute {
  readonly method: string;
  readonly path: string;
  /** Answers a request the route matched. */
  readonly handle: (request: KitRequest) => KitReply | Promise<KitReply>;
}

/** A request quota per credential in fixed windows, reported on every answer below `basePath` (DNSimple's hourly limit). */
export interface FakeQuota {
  readonly limit: number;
  readonly windowSeconds: number;
  /** The provider's quota headers (lower-case names); `resetAt` in epoch seconds. */
  readonly headers: (quota: {
    limit: number;
    remaining: number;
    resetAt: number;
  }) => Readonly<Record<string, string>>;
}

/** Everything that makes a provider's fake that provider. */
export interface FakeProviderConfig {
  /** Shown in error messages and the mismatch report, e.g. "dynu". */
  readonly provider: string;
  /** The API's path on the origin, e.g. `/v2` (`""` for the root). */
  readonly basePath: string;
  /** Generated tables: `operations.ts`, `fake-spec.ts`, `validators.ts`. */
  readonly operations: OperationMap;
  readonly spec: KitSpec;
  readonly requestValidators: RequestValidators;
  readonly responseValidators: ResponseValidators;
  readonly errors: FakeErrorShape;
  readonly auth: FakeAuthConfig;
  /** Keys, clients and users accepted unless a test passes its own. */
  readonly credentials: FakeCredentialsConfig;
  readonly resources?: readonly ResourceModel[];
  /** Custom behaviour by operationId, for what a model can't express. */
  readonly handlers?: Readonly<Record<string, KitHandler>>;
  readonly extraRoutes?: readonly ExtraRoute[];
  /** Dynu's routes ignore case; most APIs' do not (default false). */
  readonly caseInsensitivePaths?: boolean;
  /** Last touch on every JSON answer (e.g. Dynu's `statusCode` envelope field, a request-id header). */
  readonly finish?: (reply: KitReply, request: KitRequest) => KitReply;
  /** A used-up quota gets the provider's rate-limited error; a `rate-limited` fault then says when through these headers, not Retry-After. */
  readonly quota?: FakeQuota;
  /** Seed data put in at start (and again by nothing else): `store.create(...)` calls. */
  readonly seedData?: (store: ResourceStore) => void;
}
