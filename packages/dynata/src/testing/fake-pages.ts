// Slices a list for limit/offset and builds the `meta` the client pages with.
import type { components } from "../generated/index.js";
import { envelope, type Reply } from "./fake-http.js";
import type { RouteContext } from "./fake-router.js";
import { queryInteger } from "./fake-validate.js";

/** One page of `items` as the API's list envelope: `meta.links`, `pageSize` and `total`. */
export function pageReply(items: readonly unknown[], ctx: RouteContext): Reply {
  const limit = queryInteger(ctx.query, "limit", 10, 1, 100);
  const offset = queryInteger(ctx.query, "offset", 0, 0, Number.MAX_SAFE_INTEGER);
  const total = items.length;
  const link = (at: number) => {
    const query = new URLSearchParams(ctx.query);
    query.set("limit", String(limit));
    query.set("offset", String(at));
    return `${ctx.origin}${ctx.path}?${query.toString()}`;
  };
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const links: components["schemas"]["Links"] = {
    self: link(offset),
    first: link(0),
    last: link(lastOffset),
  };
  if (offset > 0) links.prev = link(Math.max(0, offset - limit));
  if (offset + limit < total) links.next = link(offset + limit);
  return envelope(items.slice(offset, offset + limit), { links, pageSize: limit, total });
}

/** Keeps items whose `field` equals the query parameter of the same name, when one was sent. */
export function filterBy<T>(
  items: readonly T[],
  query: URLSearchParams,
  fields: readonly (keyof T & string)[],
): T[] {
  return items.filter((item) =>
    fields.every((field) => {
      const wanted = query.get(field);
      return wanted === null || wanted === "" || String(item[field]) === wanted;
    }),
  );
}
