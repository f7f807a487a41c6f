import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDnsimpleClient, dnsimpleAuth, pages, paginate } from "../src/index.js";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";

let server: FakeDnsimpleServer;
beforeAll(async () => {
  server = await startFakeDnsimpleServer({ rateLimit: { limit: 100_000 } });
});
afterAll(() => server.close());

// A fresh account holding `count` new domains, with a client for it; names in id order.
function accountWithDomains(count: number) {
  const account = Number(server.seed("accounts", { email: `a${count}@example.test` }).id);
  const token = server.tokens.issue(String(account)).accessToken;
  const names = Array.from({ length: count }, (_, i) =>
    String(server.seed("domains", { name: `d${i}-${account}.test` }, account).name),
  );
  const client = createDnsimpleClient({
    auth: dnsimpleAuth.accessToken(token),
    baseUrl: server.url,
  });
  return { account, names, client, init: { params: { path: { account } } } };
}

describe("paginate over page/per_page lists", () => {
  it("yields every item once, in order, for any list size and page size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 45 }),
        fc.integer({ min: 1, max: 12 }),
        async (count, perPage) => {
          const { account, names, client, init } = accountWithDomains(count);
          const seen: string[] = [];
          for await (const domain of paginate(client, "listDomains", init, { perPage }))
            seen.push(domain.name);
          expect(seen).toEqual(names);
          const requests = server.count({ method: "GET", path: `/v2/${account}/domains` });
          expect(requests).toBe(Math.max(1, Math.ceil(count / perPage)));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("pages() exposes the pagination meta and the raw response of each page", async () => {
    const { client, init } = accountWithDomains(5);
    const metas = [];
    for await (const page of pages(client, "listDomains", init, { perPage: 2 })) {
      metas.push({ ...page.pagination, count: page.items.length, status: page.response.status });
    }
    expect(metas).toEqual([
      { current_page: 1, per_page: 2, total_entries: 5, total_pages: 3, count: 2, status: 200 },
      { current_page: 2, per_page: 2, total_entries: 5, total_pages: 3, count: 2, status: 200 },
      { current_page: 3, per_page: 2, total_entries: 5, total_pages: 3, count: 1, status: 200 },
    ]);
  });

  it("keeps filters, honours startPage and maxPages, and walks zone records too", async () => {
    const { account, names, client } = accountWithDomains(3);
    const zone = { account, zone: names[1]! };
    for (let i = 0; i < 7; i++)
      server.seed("records", { name: `h${i}`, type: "A", content: `192.0.2.${i}` }, zone.zone);
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
