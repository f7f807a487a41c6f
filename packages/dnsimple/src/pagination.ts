// Async iterators over DNSimple's page/per_page lists, typed by operationId.
import { ApiError, paginate as paginatePages } from "@provider-clients/auth";
import type { DnsimpleClient } from "./client.js";
import {
  type components,
  type OperationId,
  operations,
  type operationTypes,
} from "./generated/index.js";

/** The `pagination` object of a DNSimple list answer. */
export type Pagination = components["schemas"]["Pagination"];

type JsonOk<K extends OperationId> = operationTypes[K] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

/** The operationIds whose 200 answer is `{ data: [...], pagination }`. */
export type PaginatedOperationId = {
  [K in OperationId]: JsonOk<K> extends { data: readonly unknown[]; pagination: unknown }
    ? K
    : never;
}[OperationId];

/** The item type a paginated operation lists. */
export type PaginatedItem<K extends PaginatedOperationId> =
  JsonOk<K> extends {
    data: readonly (infer Item)[];
  }
    ? Item
    : never;

type ParamsOf<K extends OperationId> = operationTypes[K]["parameters"];
type QueryOf<K extends OperationId> = NonNullable<ParamsOf<K>["query"]>;

/** The call's parameters without `page`/`per_page`, which the iterator sets. */
export interface PaginateInit<K extends PaginatedOperationId> {
  params: Omit<ParamsOf<K>, "query"> & { query?: Omit<QueryOf<K>, "page" | "per_page"> };
  headers?: Record<string, string> | undefined;
  signal?: AbortSignal | undefined;
}

/** Paging controls. */
export interface PaginateOptions {
  /** Page size to ask for (DNSimple caps it at 100); the server default when absent. */
  perPage?: number | undefined;
  /** First page to fetch; default 1. */
  startPage?: number | undefined;
  /** Stop after this many pages. */
  maxPages?: number | undefined;
}

/** One fetched page: its items, the server's `pagination` meta and the raw response. */
export interface DnsimplePage<K extends PaginatedOperationId> {
  items: PaginatedItem<K>[];
  pagination: Pagination;
  response: Response;
}

type CallResult = { data?: unknown; error?: unknown; response: Response };

/** Yields page after page of a list operation until `total_pages` is reached. */
export function pages<K extends PaginatedOperationId>(
  client: Pick<DnsimpleClient, "op">,
  operationId: K,
  init: PaginateInit<K>,
  options: PaginateOptions = {},
): AsyncGenerator<DnsimplePage<K>, void, undefined> {
  const call = client.op[operationId] as unknown as (init: unknown) => Promise<CallResult>;
  const fetchPage = async (cursor: number | undefined) => {
    const page = cursor ?? options.startPage ?? 1;
    const query = {
      ...init.params.query,
      page,
      ...(options.perPage ? { per_page: options.perPage } : {}),
    };
    const { data, error, response } = await call({ ...init, params: { ...init.params, query } });
    if (error !== undefined || !response.ok) {
      throw new ApiError({
        provider: "dnsimple",
        method: operations[operationId].method.toUpperCase(),
        url: response.url,
        status: response.status,
        body: error,
        requestId: response.headers.get("x-request-id") ?? undefined,
        response,
      });
    }
    const body = data as { data: PaginatedItem<K>[]; pagination: Pagination };
    const { current_page: current, total_pages: total } = body.pagination;
    return {
      items: [{ items: body.data, pagination: body.pagination, response }],
      next: current < total ? current + 1 : undefined,
    };
  };
  return paginatePages(
    fetchPage,
    options.maxPages === undefined ? {} : { maxPages: options.maxPages },
  );
}

/**
 * Yields every item of a list operation, fetching pages as the loop asks for them, e.g.
 * `for await (const domain of paginate(client, "listDomains", { params: { path: { account } } }))`.
 * A failed page throws ApiError (also when the client is not in throwing mode).
 */
export async function* paginate<K extends PaginatedOperationId>(
  client: Pick<DnsimpleClient, "op">,
  operationId: K,
  init: PaginateInit<K>,
  options: PaginateOptions = {},
): AsyncGenerator<PaginatedItem<K>, void, undefined> {
  for await (const page of pages(client, operationId, init, options)) yield* page.items;
}
