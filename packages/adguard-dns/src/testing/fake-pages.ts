// The fake's own cursors (opaque to clients, as the API's are): v2 `navigation` and query-log `pages`.
import type { KitContext, KitItem, KitReply } from "@provider-clients/auth/testing";
import { fieldRefused } from "./fake-errors.js";

/** Query parameter -> the item's value it filters on (repeated parameters: any of the values). */
export type Filters = Record<string, (item: KitItem) => unknown>;

// Page number, id of the page's first item, page size and the filters every page must repeat.
type Cursor = [page: number, first: unknown, limit: number, filters: string];

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decode(text: string): Cursor | undefined {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString()) as Cursor;
    return Number.isInteger(value[0]) && Number.isInteger(value[2]) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page a request asks for among the rows its filters keep: the first, or where its cursor's
 * first item now is (items added at the head do not shift it), with links to its neighbours.
 */
function pageOf(c: KitContext, all: KitItem[], filters: Filters, searchIn: string[], size: number) {
  const query = c.request.query;
  const search = String(query.search ?? "").toLowerCase();
  const rows = all.filter(
    (item) =>
      searchIn.some((field) => `${item[field]}`.toLowerCase().includes(search)) &&
      Object.entries(filters).every(([name, field]) => {
        const wanted: unknown[] = [query[name] ?? []].flat();
        return wanted.length === 0 || wanted.includes(field(item));
      }),
  );
  const names = ["search", "time_from_millis", "time_to_millis", ...Object.keys(filters)];
  const repeated = JSON.stringify(names.map((name) => [query[name] ?? []].flat().sort()));
  const text = query.cursor as string | undefined;
  const cursor = text === undefined ? undefined : decode(text);
  const start = cursor ? rows.findIndex((row) => row.id === cursor[1]) : 0;
  if (text !== undefined && (cursor?.[3] !== repeated || start < 0))
    return fieldRefused("cursor", text);
  const [page, , limit] = cursor ?? [1, 0, Math.max(1, Number(query.limit ?? size))];
  const link = (index: number, number: number) => {
    const row = rows[index];
    const cursorText = encode([number, row?.id, limit, repeated]);
    return row ? { page_cursor: cursorText, page_number: number } : undefined;
  };
  const prev = page > 1 ? link(Math.max(0, start - limit), page - 1) : undefined;
  const next = link(start + limit, page + 1);
  return { items: rows.slice(start, start + limit), prev, current: link(start, page), next };
}

/** GET /oapi/v2/devices and /oapi/v2/dns_servers: `search` in name or id, `navigation` to the neighbours. */
export function cursorPage(c: KitContext, rows: KitItem[], filters: Filters): KitReply {
  const page = pageOf(c, rows, filters, ["name", "id"], 10);
  if ("status" in page) return page;
  const navigation = {
    ...(page.next && { next: page.next }),
    ...(page.prev && { prev: page.prev }),
  };
  return { status: 200, body: { items: page.items, navigation } };
}

const time = (entry: KitItem) => entry.time_millis as number;

/** GET /oapi/v1/query_log: entries in the time range, newest first, `pages` around the current one. */
export function queryLogPage(c: KitContext): KitReply {
  const { time_from_millis: from, time_to_millis: to } = c.request.query as Record<string, number>;
  const rows = c.resources
    .list("query_log")
    .filter((entry) => time(entry) >= from! && time(entry) <= to!)
    .sort((a, b) => time(b) - time(a) || (b.id as number) - (a.id as number));
  const page = pageOf(c, rows, logFilters, ["domain"], 20);
  if ("status" in page) return page;
  const flag = (link: typeof page.next, current: boolean) => (link ? [{ ...link, current }] : []);
  const pages = [...flag(page.prev, false), ...flag(page.current, true), ...flag(page.next, false)];
  return { status: 200, body: { items: page.items.map(({ id: _, ...entry }) => entry), pages } };
}

const logFilters: Filters = {
  devices: (e) => e.device_id,
  dns_servers: (e) => e.dns_server_id,
  countries: (e) => e.client_country,
  companies: (e) => e.company_id,
  statuses: (e) => (e.filtering_info as KitItem | undefined)?.filtering_status,
  categories: (e) => e.category_type,
};
