// The one async-iterator loop behind every provider's list style (page numbers, cursors, offsets).

/** One fetched page: its items and the cursor of the next page (undefined at the end). */
export interface Page<Item, Cursor> {
  items: readonly Item[];
  next: Cursor | undefined;
}

/** Yields items page by page until `fetchPage` reports no next cursor; stops on a repeated cursor. */
export async function* paginate<Item, Cursor>(
  fetchPage: (cursor: Cursor | undefined) => Promise<Page<Item, Cursor>>,
  options: { maxPages?: number } = {},
): AsyncGenerator<Item, void, undefined> {
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  let cursor: Cursor | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await fetchPage(cursor);
    yield* page.items;
    if (page.next === undefined || page.items.length === 0) return;
    // A server that hands back a cursor it already gave would loop forever.
    const key = JSON.stringify(page.next);
    if (seen.has(key)) return;
    seen.add(key);
    cursor = page.next;
  }
}
