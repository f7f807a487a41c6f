import { afterEach, describe, expect, it } from "vitest";
import { type FakeServer, type KitItem, startFakeServer } from "../src/testing/index.js";
import { kitConfig, withKey } from "./support/kit-fixture.js";

let fake: FakeServer | undefined;
afterEach(() => fake?.close());

const get = async (path: string) => {
  const response = await fetch(`${fake?.url}${path}`, { headers: withKey });
  return {
    status: response.status,
    body: (await response.json()) as { data: KitItem | KitItem[] },
  };
};

describe("a resource model", () => {
  it("reads an item by its id or a key field, and narrows and orders a list before paging", async () => {
    const [widgets] = kitConfig.resources ?? [];
    fake = await startFakeServer({
      ...kitConfig,
      // Names in the path: no integer check of `id`.
      requestValidators: {},
      resources: [
        {
          ...widgets!,
          keys: ["name"],
          narrow: (items, query) =>
            items
              .filter((w) => String(w.name).includes(String(query.name_like ?? "")))
              .sort((a, b) => String(a.name).localeCompare(String(b.name))),
        },
      ],
    });
    const shop = fake.seed("widgets", { name: "shop" });
    fake.seed("widgets", { name: "blog" });
    fake.seed("widgets", { name: "a-shop" });
    expect((await get(`/widgets/${String(shop.id)}`)).body.data).toMatchObject({ name: "shop" });
    expect((await get("/widgets/shop")).body.data).toMatchObject({ id: shop.id });
    expect((await get("/widgets/absent")).status).toBe(404);
    const listed = (await get("/widgets?name_like=shop")).body.data as KitItem[];
    expect(listed.map((w) => w.name)).toEqual(["a-shop", "shop"]);
  });
});
