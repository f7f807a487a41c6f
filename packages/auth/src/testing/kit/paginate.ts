// Pagination styles as data: which slice of a list a request gets, and the figures that go with it.
import type { KitItem, Pagination } from "./resource-types.js";

/** One page of items and `[dotted path, value]` figures to write into the answer. */
export interface Page {
  items: KitItem[];
  figures: [path: string, value: unknown][];
}

/** Slices `all` as the request's query asks under `pagination` (none: everything). */
export function pageOf(
  all: KitItem[],
  pagination: Pagination | undefined,
  query: Readonly<Record<string, unknown>>,
): Page {
  const number = (name: string | undefined, fallback: number) => {
    const value = name === undefined ? undefined : Number(query[name]);
    return value !== undefined && Number.isFinite(value) && value >= 0
      ? Math.floor(value)
      : fallback;
  };
  const figures: Page["figures"] = [];
  const put = (path: string | undefined, value: unknown) => {
    if (path !== undefined) figures.push([path, value]);
  };
  switch (pagination?.style ?? "none") {
    case "page": {
      const p = pagination as Extract<Pagination, { style: "page" }>;
      const perPage = Math.max(
        1,
        Math.min(number(p.perPage, p.defaultPerPage), p.maxPerPage ?? Infinity),
      );
      const page = Math.max(1, number(p.page, 1));
      const totalPages = Math.max(1, Math.ceil(all.length / perPage));
      put(p.at?.page, page);
      put(p.at?.perPage, perPage);
      put(p.at?.totalPages, totalPages);
      put(p.at?.totalEntries, all.length);
      return { items: all.slice((page - 1) * perPage, page * perPage), figures };
    }
    case "offset": {
      const p = pagination as Extract<Pagination, { style: "offset" }>;
      const limit = Math.max(1, Math.min(number(p.limit, p.defaultLimit), p.maxLimit ?? Infinity));
      const offset = number(p.offset, 0);
      put(p.at?.limit, limit);
      put(p.at?.offset, offset);
      put(p.at?.total, all.length);
      return { items: all.slice(offset, offset + limit), figures };
    }
    case "cursor": {
      const p = pagination as Extract<Pagination, { style: "cursor" }>;
      const limit = Math.max(1, number(p.limit, p.defaultLimit));
      const raw = query[p.cursor];
      const start = typeof raw === "string" ? decodeCursor(raw) : 0;
      const end = start + limit;
      // No next cursor on the last page (a sampled one is removed).
      put(p.nextCursorAt, end < all.length ? encodeCursor(end) : undefined);
      return { items: all.slice(start, end), figures };
    }
    default:
      return { items: all, figures };
  }
}

// Cursors are opaque to clients: the offset of the next item, base64url-encoded.
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");

function decodeCursor(cursor: string): number {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : 0;
}
