// Dynata's answer shapes: the success envelope, list `meta` with links, timestamps, the auth error body.
import {
  type KitContext,
  type KitItem,
  type KitReply,
  type KitRequest,
  type Pagination,
  pageOf,
} from "@provider-clients/auth/testing";

/** Lists page by `limit` (1..100, default 10) and `offset`; the figures go into `meta`. */
export const offsetPaging: Extract<Pagination, { style: "offset" }> = {
  ...{ style: "offset", limit: "limit", offset: "offset", defaultLimit: 10, maxLimit: 100 },
  at: { limit: "meta.pageSize", total: "meta.total" },
};

const success = { message: "success", errors: [] };

/** A list narrowed to items whose `fields` equal the query's values, newest first when asked. */
export const byQuery =
  (fields: readonly string[], newestFirst = false) =>
  (items: KitItem[], query: Readonly<Record<string, unknown>>): KitItem[] => {
    const wanted = fields.filter((field) => query[field] !== undefined);
    const kept = items.filter((item) => wanted.every((f) => String(item[f]) === String(query[f])));
    return newestFirst ? kept.reverse() : kept;
  };

/** `{data, status, meta}` with status `success`. */
export const envelope = (data: unknown, meta?: object): KitReply => ({
  status: 200,
  body: { data, status: success, meta },
});

/** One page of a list that is not a stored resource of its own (line items, templates). */
export function pageReply(items: Record<string, unknown>[], ctx: KitContext): KitReply {
  const paging = { ...offsetPaging, at: { limit: "pageSize", total: "total" } };
  const page = pageOf(items, paging, ctx.request.query);
  return envelope(page.items, Object.fromEntries(page.figures));
}

/** Every 2xx envelope says `success`; a list's `meta` gets links to this, the first, last, prev and next page. */
export function finish(reply: KitReply, request: KitRequest): KitReply {
  const body = reply.body as { status?: object; meta?: { pageSize?: number; total?: number } };
  const { pageSize: limit = 0, total = 0 } = body.meta ?? {};
  if (reply.status >= 300 || !body.status) return reply;
  if (!limit) return { ...reply, body: { ...body, status: success } };
  const link = (offset: number) => {
    const query = new URLSearchParams(Object.entries(request.query).map(([k, v]) => [k, `${v}`]));
    query.set("limit", `${limit}`);
    query.set("offset", `${offset}`);
    return `http://${request.headers.host}${request.path}?${query}`;
  };
  const offset = Number(request.query.offset ?? 0);
  const links = {
    ...{
      self: link(offset),
      first: link(0),
      last: link(Math.max(0, Math.ceil(total / limit) - 1) * limit),
    },
    ...(offset > 0 ? { prev: link(Math.max(0, offset - limit)) } : {}),
    ...(offset + limit < total ? { next: link(offset + limit) } : {}),
  };
  return { ...reply, body: { ...body, status: success, meta: { ...body.meta, links } } };
}

/** Times as real answers write them: `YYYY/MM/DD HH:mm:ss` in UTC. */
export const apiTimestamp = (epochMs: number) =>
  new Date(epochMs).toISOString().slice(0, 19).replace("T", " ").replaceAll("-", "/");

/** The token endpoints' error body, in their own media type. */
export const authError = (status: number, error: string, errorDescription: string): KitReply => ({
  status,
  body: { error, errorDescription },
  contentType: "application/vnd.auth.error+json",
});
