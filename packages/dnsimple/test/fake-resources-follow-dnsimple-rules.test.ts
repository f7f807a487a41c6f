import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

describe("the fake's resources", () => {
  it("a new domain brings a zone with SOA and four NS system records that cannot be changed", async () => {
    const client = clientFor(server);
    const account = server.account.id;
    await client.op.createDomain({ params: { path: { account } }, body: { name: "rules.test" } });
    const zone = { account, zone: "rules.test" };
    const { data } = await client.op.listZoneRecords({ params: { path: zone } });
    expect(data?.data.map((r) => [r.type, r.system_record])).toEqual([
      ["SOA", true],
      ["NS", true],
      ["NS", true],
      ["NS", true],
      ["NS", true],
    ]);
    const soa = data?.data[0]?.id ?? 0;
    const removal = await client.op.deleteZoneRecord({
      params: { path: { ...zone, zonerecord: soa } },
    });
    expect(removal.response.status).toBe(400);
  });

  it("domain names are validated and unique; another account's resources are not found", async () => {
    const client = clientFor(server);
    const account = server.account.id;
    const create = (name: string) =>
      client.op.createDomain({ params: { path: { account } }, body: { name } });
    expect((await create("unique.test")).response.status).toBe(201);
    const again = await create("unique.test");
    expect(again.response.status).toBe(400);
    expect(again.error).toMatchObject({ message: "Validation failed" });
    expect((await create("not a domain")).response.status).toBe(400);
    const other = Number(server.seed("accounts", { email: "other@example.test" }).id);
    server.seed("domains", { name: "theirs.test" }, other);
    const foreign = await client.op.getDomain({
      params: { path: { account: other, domain: "theirs.test" } },
    });
    expect(foreign.response.status).toBe(404);
  });

  it("lists filter by name_like and sort by the documented fields", async () => {
    for (const name of ["b-shop.test", "a-shop.test", "blog.test"])
      server.seed("domains", { name }, server.account.id);
    const client = clientFor(server);
    const { data } = await client.op.listDomains({
      params: {
        path: { account: server.account.id },
        query: { name_like: "shop", sort: "name:desc" },
      },
    });
    expect(data?.data.map((d) => d.name)).toEqual(["b-shop.test", "a-shop.test"]);
  });
});
