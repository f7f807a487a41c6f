import { afterEach, expect, it } from "vitest";
import { type FakeServer, type Pagination, startFakeServer } from "../src/testing/index.js";
import { kitConfig, withKey } from "./support/kit-fixture.js";

let fake: FakeServer | undefined;
afterEach(() => fake?.close());

async function withPagination(pagination: Pagination) {
  const [model] = kitConfig.resources ?? [];
  fake = await startFakeServer({ ...kitConfig, resources: [{ ...model!, pagination }] });
  for (const name of ["a", "b", "c", "d", "e"]) fake.seed("widgets", { name });
  const server = fake;
  return async (query: string) => {
    const response = await fetch(`${server.url}/widgets${query}`, { headers: withKey });
    const body = (await response.json()) as { data: { name: string }[] } & Record<string, unknown>;
    return { names: body.data.map((w) => w.name).join(""), body };
  };
}

it("pages by page and per_page, writing the figures where the provider keeps them", async () => {
  const list = await withPagination({
    style: "page",
    page: "page",
    perPage: "per_page",
    defaultPerPage: 2,
    at: {
      page: "pagination.current_page",
      totalPages: "pagination.total_pages",
      totalEntries: "pagination.total_entries",
    },
  });
  const first = await list("");
  expect(first.names).toBe("ab");
  expect(first.body.pagination).toEqual({ current_page: 1, total_pages: 3, total_entries: 5 });
  expect((await list("?page=3")).names).toBe("e");
  expect((await list("?page=1&per_page=4")).names).toBe("abcd");
});

it("pages by limit and offset", async () => {
  const list = await withPagination({
    style: "offset",
    limit: "limit",
    offset: "offset",
    defaultLimit: 3,
    at: { total: "pagination.total" },
  });
  expect((await list("")).names).toBe("abc");
  const rest = await list("?offset=3");
  expect(rest.names).toBe("de");
  expect(rest.body.pagination).toEqual({ total: 5 });
});

it("pages by an opaque cursor until there is no next one", async () => {
  const list = await withPagination({
    style: "cursor",
    cursor: "cursor",
    limit: "limit",
    defaultLimit: 2,
    nextCursorAt: "next",
  });
  const seen: string[] = [];
  let query = "";
  for (let guard = 0; guard < 10; guard++) {
    const page = await list(query);
    seen.push(page.names);
    if (typeof page.body.next !== "string") break;
    query = `?cursor=${encodeURIComponent(page.body.next)}`;
  }
  expect(seen).toEqual(["ab", "cd", "e"]);
});

it("lists everything at once without pagination", async () => {
  const list = await withPagination({ style: "none" });
  expect((await list("")).names).toBe("abcde");
});
