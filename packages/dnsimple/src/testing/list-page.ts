// DNSimple-style list answers: filter, sort, then cut a page and describe it in `pagination`.

/** Page size when the request names none, and the largest one the fake allows. */
export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

/** `{ data, pagination }` for page `page` of `items`, sorted by the `sort` query (`field:asc|desc`). */
export function listPage<T extends object>(
  items: readonly T[],
  query: URLSearchParams,
  sortable: readonly (keyof T & string)[],
): { data: T[]; pagination: Pagination } | { error: string } {
  const page = positiveInt(query.get("page"), 1);
  const asked = positiveInt(query.get("per_page"), DEFAULT_PER_PAGE);
  if (page === undefined || asked === undefined) {
    return { error: "page and per_page must be positive integers" };
  }
  const perPage = Math.min(MAX_PER_PAGE, asked);
  const sorted = sortItems(items, query.get("sort"), sortable);
  if (!sorted)
    return { error: `sort must be one of ${sortable.map((f) => `${f}:asc|desc`).join(", ")}` };
  const start = (page - 1) * perPage;
  return {
    data: sorted.slice(start, start + perPage),
    pagination: {
      current_page: page,
      per_page: perPage,
      total_entries: sorted.length,
      total_pages: Math.max(1, Math.ceil(sorted.length / perPage)),
    },
  };
}

/** The `pagination` object of a list answer. */
export interface Pagination {
  current_page: number;
  per_page: number;
  total_entries: number;
  total_pages: number;
}

function positiveInt(value: string | null, fallback: number): number | undefined {
  if (value === null || value === "") return fallback;
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

function sortItems<T extends object>(
  items: readonly T[],
  sort: string | null,
  sortable: readonly (keyof T & string)[],
): T[] | undefined {
  const [field, direction = "asc"] = (sort ?? "id:asc").split(":");
  if (!sortable.includes(field as keyof T & string) || !["asc", "desc"].includes(direction)) {
    return undefined;
  }
  const key = field as keyof T;
  const sign = direction === "desc" ? -1 : 1;
  return [...items].sort((a, b) => sign * compare(a[key], b[key]));
}

// Numbers by value, everything else by its string form.
function compare(left: unknown, right: unknown): number {
  if (typeof left === "number" && typeof right === "number") return left - right;
  return String(left).localeCompare(String(right));
}
