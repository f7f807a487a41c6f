import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pages, paginate } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";

let server: FakeDnsimpleServer;
beforeAll(async () => {
  server = await startFakeDnsimpleServer({ rateLimit: { limit: 100_000 } });
});
afterAll(() => server.close());

// Replaces the account's domains with `count` fresh ones, returning their names in id order.
function seedDomains(count: number): string[] {
  for (const domain of [...server.state.domains.values()]) server.state.removeDomain(domain);
  return Array.from(
    { length: count },
    (_, i) => server.state.addDomain(server.account.id, `d${i}.test`).name,
  );
}

describe("paginate over page/per_page lists", () => {
  it("yields every item once, in order, for any list size and page size", async () => {
    const client = clientFor(server);
    const init = { params: { path: { account: server.account.id } } };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 45 }),
        fc.integer({ min: 1, max: 12 }),
        async (count, perPage) => {
          const names = seedDomains(count);
          const before = server.count("GET", `/v2/${server.account.id}/domains`);
          const seen: string[] = [];
          for await (const domain of paginate(client, "listDomains", init, { perPage }))
            seen.push(domain.name);
          expect(seen).toEqual(names);
          const requests = server.count("GET", `/v2/${server.account.id}/domains`) - before;
          expect(requests).toBe(Math.max(1, Math.ceil(count / perPage)));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("pages() exposes the pagination meta and the raw response of each page", async () => {
    seedDomains(5);
    const client = clientFor(server);
    const metas = [];
    for await (const page of pages(
      client,
      "listDomains",
      { params: { path: { account: server.account.id } } },
      {
        perPage: 2,
      },
    )) {
      metas.push({ ...page.pagination, count: page.items.length, status: page.response.status });
    }
    expect(metas).toEqual([
      { current_page: 1, per_page: 2, total_entries: 5, total_pages: 3, count: 2, status: 200 },
      { current_page: 2, per_page: 2, total_entries: 5, total_pages: 3, count: 2, status: 200 },
      { current_page: 3, per_page: 2, total_entries: 5, total_pages: 3, count: 1, status: 200 },
    ]);
  });

  it("keeps filters, honours startPage and maxPages, and walks zone records too", async () => {
    seedDomains(3);
    const client = clientFor(server);
    const account = server.account.id;
    const zone = { account, zone: "d1.test" };
    for (let i = 0; i < 7; i++)
      server.state.addRecord(server.state.findZone(account, "d1.test")!, {
        name: `h${i}`,
        type: "A",
        content: `192.0.2.${i}`,
      });
    const a = [];
    for await (const r of paginate(
      client,
      "listZoneRecords",
      { params: { path: zone, query: { type: "A" } } },
      { perPage: 3 },
    )) {
      a.push(r.name);
    }
    expect(a).toEqual(["h0", "h1", "h2", "h3", "h4", "h5", "h6"]);
    const limited = [];
    for await (const r of paginate(
      client,
      "listZoneRecords",
      { params: { path: zone, query: { type: "A" } } },
      {
        perPage: 3,
        startPage: 2,
        maxPages: 1,
      },
    )) {
      limited.push(r.name);
    }
    expect(limited).toEqual(["h3", "h4", "h5"]);
  });

  it("throws ApiError for a failed page even outside throwing mode", async () => {
    const client = clientFor(server, { retry: false });
    const init = { params: { path: { account: 999_999 } } };
    const run = async () => {
      for await (const _ of paginate(client, "listDomains", init)) {
        // Unreachable: the first page already fails.
      }
    };
    await expect(run()).rejects.toMatchObject({ name: "ApiError", status: 404 });
  });
});
