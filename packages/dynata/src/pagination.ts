// Async iterators over Dynata's limit/offset lists, driven by the `meta` of each page.
import { ApiError, paginate } from "@provider-clients/auth";
import type { DynataClient } from "./client.js";
import type { components, paths } from "./generated/index.js";
import { dynataRequestId } from "./request-id.js";

type Schemas = components["schemas"];

/** The `meta` block of a list envelope. */
export type DynataMeta = Schemas["Meta"];

/** What one list call returns through openapi-fetch: the envelope, or an error, and the response. */
export interface OffsetPageResult<Item> {
  data?: { data?: readonly Item[] | undefined; meta?: DynataMeta | undefined } | undefined;
  error?: unknown;
  response: Response;
}

/** How an iterator walks the pages. */
export interface OffsetPageOptions {
  /** Items per request (the API allows 1..100); defaults to 100. */
  pageSize?: number | undefined;
  /** Offset of the first item; defaults to 0. */
  startOffset?: number | undefined;
  /** Stops after this many pages. */
  maxPages?: number | undefined;
}

/** The slice of the list one request asks for. */
export interface OffsetRange {
  limit: number;
  offset: number;
}

const defaultPageSize = 100;

/**
 * Yields every item of a limit/offset list. The next offset is this offset plus the items
 * received; the walk ends when `meta.total` is reached, when `meta.links` has no `next`, or,
 * without either, when a page comes back shorter than the page size.
 */
export function paginateOffset<Item>(
  fetchPage: (range: OffsetRange) => Promise<OffsetPageResult<Item>>,
  options: OffsetPageOptions = {},
): AsyncGenerator<Item, void, undefined> {
  const limit = options.pageSize ?? defaultPageSize;
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError("pageSize must be a positive integer");
  const start = options.startOffset ?? 0;
  return paginate<Item, number>(
    async (cursor) => {
      const offset = cursor ?? start;
      const result = await fetchPage({ limit, offset });
      if (result.error !== undefined || !result.response.ok) throw listError(result);
      const items = result.data?.data ?? [];
      return { items, next: nextOffset(offset, items.length, limit, result.data?.meta) };
    },
    options.maxPages === undefined ? {} : { maxPages: options.maxPages },
  );
}

/** The offset of the following page, or undefined when this page was the last. */
export function nextOffset(
  offset: number,
  received: number,
  limit: number,
  meta: DynataMeta | undefined,
): number | undefined {
  if (received === 0) return undefined;
  const next = offset + received;
  if (typeof meta?.total === "number") return next < meta.total ? next : undefined;
  if (meta?.links !== undefined) return meta.links.next ? next : undefined;
  // The server may cap the page below what was asked; its pageSize is the real page length.
  const effective = typeof meta?.pageSize === "number" && meta.pageSize > 0 ? meta.pageSize : limit;
  return received < effective ? undefined : next;
}

// Iterators cannot hand back `{ error }`, so a failed page becomes the same ApiError throwing mode raises.
function listError(result: OffsetPageResult<unknown>): ApiError {
  const { response, error } = result;
  return new ApiError({
    provider: "dynata",
    method: "GET",
    url: response.url,
    status: response.status,
    body: error,
    requestId: dynataRequestId(response, error),
    response,
  });
}

type ListQuery<P extends keyof paths> = paths[P] extends {
  get: { parameters: { query?: infer Q } };
}
  ? Omit<NonNullable<Q>, "limit" | "offset">
  : never;

/** Every project matching `query`. */
export function paginateProjects(
  client: DynataClient,
  query: ListQuery<"/sample/v1/projects"> = {},
  options?: OffsetPageOptions,
): AsyncGenerator<Schemas["Project"], void, undefined> {
  return paginateOffset(
    (range) => client.GET("/sample/v1/projects", { params: { query: { ...query, ...range } } }),
    options,
  );
}

/** Every line item of one project matching `query`. */
export function paginateLineItems(
  client: DynataClient,
  extProjectId: string,
  query: ListQuery<"/sample/v1/projects/{extProjectId}/lineItems"> = {},
  options?: OffsetPageOptions,
): AsyncGenerator<Schemas["LineItem"], void, undefined> {
  return paginateOffset(
    (range) =>
      client.GET("/sample/v1/projects/{extProjectId}/lineItems", {
        params: { path: { extProjectId }, query: { ...query, ...range } },
      }),
    options,
  );
}

/** Every event matching `query`. */
export function paginateEvents(
  client: DynataClient,
  query: ListQuery<"/sample/v1/events"> = {},
  options?: OffsetPageOptions,
): AsyncGenerator<Schemas["Event"], void, undefined> {
  return paginateOffset(
    (range) => client.GET("/sample/v1/events", { params: { query: { ...query, ...range } } }),
    options,
  );
}

/** Every targeting attribute of one market and language matching `query`. */
export function paginateAttributes(
  client: DynataClient,
  market: { countryIsoCode: string; languageIsoCode: string },
  query: ListQuery<"/sample/v1/attributes/{countryIsoCode}/{languageIsoCode}"> = {},
  options?: OffsetPageOptions,
): AsyncGenerator<Schemas["Attribute"], void, undefined> {
  return paginateOffset(
    (range) =>
      client.GET("/sample/v1/attributes/{countryIsoCode}/{languageIsoCode}", {
        params: { path: market, query: { ...query, ...range } },
      }),
    options,
  );
}

/** Every country matching `query`. */
export function paginateCountries(
  client: DynataClient,
  query: ListQuery<"/sample/v1/countries"> = {},
  options?: OffsetPageOptions,
): AsyncGenerator<Schemas["Country"], void, undefined> {
  return paginateOffset(
    (range) => client.GET("/sample/v1/countries", { params: { query: { ...query, ...range } } }),
    options,
  );
}
