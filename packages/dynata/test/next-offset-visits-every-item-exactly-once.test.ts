import fc from "fast-check";
import { expect, test } from "vitest";
import { type OffsetPageResult, type OffsetRange, paginateOffset } from "../src/index.js";

type Meta = "total" | "links" | "none";

// An in-memory list server: honours limit/offset, may cap the page size, and reports meta one of three ways.
function listServer(total: number, cap: number, meta: Meta) {
  const calls: OffsetRange[] = [];
  const fetchPage = async (range: OffsetRange): Promise<OffsetPageResult<number>> => {
    calls.push(range);
    const size = Math.min(range.limit, cap);
    const data = Array.from(
      { length: Math.max(0, Math.min(size, total - range.offset)) },
      (_, i) => range.offset + i,
    );
    const more = range.offset + data.length < total;
    const metaBlock =
      meta === "total"
        ? { total, pageSize: size }
        : meta === "links"
          ? { links: more ? { next: "next" } : {}, pageSize: size }
          : { pageSize: size };
    return { data: { data, meta: metaBlock }, response: new Response(null, { status: 200 }) };
  };
  return { fetchPage, calls };
}

test("for any list length, page size, server cap and meta style every item comes out once, in order", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 1, max: 100 }),
      fc.integer({ min: 1, max: 100 }),
      fc.constantFrom<Meta>("total", "links", "none"),
      async (total, pageSize, cap, meta) => {
        const server = listServer(total, cap, meta);
        const seen: number[] = [];
        for await (const item of paginateOffset(server.fetchPage, { pageSize })) seen.push(item);
        expect(seen).toEqual(Array.from({ length: total }, (_, i) => i));
        const perPage = Math.min(pageSize, cap);
        // At most one request past the end (only when the end is not announced).
        expect(server.calls.length).toBeLessThanOrEqual(Math.ceil(total / perPage) + 1);
      },
    ),
    { numRuns: 300 },
  );
});
