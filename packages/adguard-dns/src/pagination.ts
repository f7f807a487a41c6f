// Async iterators over AdGuard DNS's list styles: v2 cursor navigation and query-log pages.
import { ApiError, paginate } from "@provider-clients/auth";
import type { AdGuardDnsClient } from "./client.js";
import type { components, paths } from "./generated/index.js";
import { adguardDnsProvider } from "./provider.js";

type Schemas = components["schemas"];
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

/** Filters for `paginateDevices`; they are repeated on every page, as the API requires. */
export type DeviceListQuery = Omit<QueryOf<"/oapi/v2/devices">, "cursor">;
/** Filters for `paginateDnsServers`; repeated on every page. */
export type DnsServerListQuery = Omit<QueryOf<"/oapi/v2/dns_servers">, "cursor">;
/** Time range and filters for `paginateQueryLog`; repeated on every page. */
export type QueryLogQuery = Omit<QueryOf<"/oapi/v1/query_log">, "cursor">;
/** Stops after this many pages (default: no limit). */
export interface PaginateOptions {
  maxPages?: number | undefined;
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Every device, newest first, following `navigation.next.page_cursor` of `GET /oapi/v2/devices`. */
export function paginateDevices(
  client: AdGuardDnsClient,
  query: DeviceListQuery = {},
  options: PaginateOptions = {},
): AsyncGenerator<Schemas["Device"], void, undefined> {
  return paginate<Schemas["Device"], string>(async (cursor) => {
    const result = await client.GET("/oapi/v2/devices", {
      params: { query: cursor === undefined ? query : { ...query, cursor } },
    });
    const data = dataOrThrow(result as Result<Schemas["DevicesResponse"]>, "GET");
    return { items: data.items, next: data.navigation.next?.page_cursor };
  }, options);
}

/** Every DNS server profile, following `navigation.next.page_cursor` of `GET /oapi/v2/dns_servers`. */
export function paginateDnsServers(
  client: AdGuardDnsClient,
  query: DnsServerListQuery = {},
  options: PaginateOptions = {},
): AsyncGenerator<Schemas["DNSServer"], void, undefined> {
  return paginate<Schemas["DNSServer"], string>(async (cursor) => {
    const result = await client.GET("/oapi/v2/dns_servers", {
      params: { query: cursor === undefined ? query : { ...query, cursor } },
    });
    const data = dataOrThrow(result as Result<Schemas["DnsServersResponse"]>, "GET");
    return { items: data.items, next: data.navigation.next?.page_cursor };
  }, options);
}

/**
 * Every query-log entry in `[time_from_millis, time_to_millis]`, page by page: the next page is
 * the one numbered after the `current` page in the response's `pages` list.
 */
export function paginateQueryLog(
  client: AdGuardDnsClient,
  query: QueryLogQuery,
  options: PaginateOptions = {},
): AsyncGenerator<Schemas["QueryLogItem"], void, undefined> {
  return paginate<Schemas["QueryLogItem"], string>(async (cursor) => {
    const result = await client.GET("/oapi/v1/query_log", {
      params: { query: cursor === undefined ? query : { ...query, cursor } },
    });
    const data = dataOrThrow(result as Result<Schemas["QueryLogResponse"]>, "GET");
    return { items: data.items, next: nextQueryLogCursor(data.pages, cursor) };
  }, options);
}

/** The cursor of the page after the current one, or undefined on the last page. */
export function nextQueryLogCursor(
  pages: readonly Schemas["Page"][],
  requested: string | undefined,
): string | undefined {
  const current =
    pages.find((page) => page.current) ??
    (requested === undefined
      ? pages.find((page) => page.page_number === 1)
      : pages.find((page) => page.page_cursor === requested));
  if (!current) return undefined;
  return pages.find((page) => page.page_number === current.page_number + 1)?.page_cursor;
}

// An iterator cannot hand back `{ error }`, so a failed page is raised as ApiError.
function dataOrThrow<T>(result: Result<T>, method: string): T {
  const { response } = result;
  if (result.error === undefined && response.ok && result.data !== undefined) return result.data;
  throw new ApiError({
    provider: adguardDnsProvider,
    method,
    url: response.url,
    status: response.status,
    body: result.error,
    requestId: response.headers.get("x-request-id") ?? undefined,
    response,
  });
}
