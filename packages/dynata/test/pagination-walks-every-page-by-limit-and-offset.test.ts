import { afterEach, beforeEach, expect, test } from "vitest";
import {
  ApiError,
  paginateAttributes,
  paginateCountries,
  paginateEvents,
  paginateLineItems,
  paginateProjects,
} from "../src/index.js";
import {
  type DynataFixture,
  projectBody,
  repriceEvent,
  startDynataFixture,
} from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

const collect = async <T>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};
const pageRequests = (path: string) =>
  fx.server.requests().filter((r) => r.method === "GET" && r.path === path).length;

test("projects are walked newest first, seven per page, in ceil(23 / 7) requests", async () => {
  const client = fx.client();
  for (let i = 1; i <= 23; i++)
    await client.POST("/sample/v1/projects", { body: projectBody(`p-${i}`) });
  const projects = await collect(paginateProjects(client, {}, { pageSize: 7 }));
  expect(projects.map((p) => p.extProjectId)).toEqual(
    Array.from({ length: 23 }, (_, i) => `p-${23 - i}`),
  );
  expect(pageRequests("/sample/v1/projects")).toBe(4);
});

test("line items, events, countries and attributes page the same way and keep their filters", async () => {
  const client = fx.client();
  await client.POST("/sample/v1/projects", { body: projectBody("big", 12) });
  for (let i = 1; i <= 12; i++) {
    fx.server.seed("events", repriceEvent("big", `li-${i}`, i));
  }
  expect(await collect(paginateLineItems(client, "big", {}, { pageSize: 5 }))).toHaveLength(12);
  expect(
    await collect(paginateEvents(client, { extProjectId: "big" }, { pageSize: 5 })),
  ).toHaveLength(12);
  expect(
    await collect(paginateEvents(client, { extLineItemId: "li-3" }, { pageSize: 5 })),
  ).toHaveLength(1);
  const countries = await collect(paginateCountries(client, {}, { pageSize: 4 }));
  expect(countries.map((c) => c.isoCode)).toContain("US");
  expect(countries).toHaveLength(fx.server.state("countries").length);
  const attributes = await collect(
    paginateAttributes(
      client,
      { countryIsoCode: "US", languageIsoCode: "en" },
      { tier: "PREMIUM" },
      { pageSize: 3 },
    ),
  );
  expect(attributes.length).toBeGreaterThan(3);
  expect(attributes.every((a) => a.tier === "PREMIUM")).toBe(true);
});

test("startOffset and maxPages bound the walk", async () => {
  const client = fx.client();
  const some = await collect(
    paginateCountries(client, {}, { pageSize: 2, startOffset: 4, maxPages: 2 }),
  );
  expect(some.map((c) => c.isoCode)).toEqual(
    fx.server
      .state("countries")
      .slice(4, 8)
      .map((c) => c.isoCode),
  );
});

test("a failing page throws ApiError even when the client does not throw", async () => {
  const client = fx.client();
  const failure = await collect(
    paginateAttributes(client, { countryIsoCode: "ZZ", languageIsoCode: "en" }),
  ).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(ApiError);
  expect(failure).toMatchObject({ status: 404 });
  expect((failure as ApiError).requestId).toBeTruthy();
});
