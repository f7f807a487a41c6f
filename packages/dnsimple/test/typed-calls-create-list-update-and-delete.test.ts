import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";
import { clientFor } from "./support/client.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

describe("typed calls by operationId and by path", () => {
  it("create a domain, list and update its zone records, then delete both", async () => {
    const client = clientFor(server);
    const account = server.account.id;

    const created = await client.op.createDomain({
      params: { path: { account } },
      body: { name: "example-typed.test" },
    });
    expect(created.response.status).toBe(201);
    expect(created.data?.data).toMatchObject({ name: "example-typed.test", state: "hosted" });

    const zone = { account, zone: "example-typed.test" };
    const record = await client.op.createZoneRecord({
      params: { path: zone },
      body: { name: "www", type: "A", content: "192.0.2.10", ttl: 300 },
    });
    const id = record.data?.data.id ?? -1;
    expect(record.data?.data).toMatchObject({
      name: "www",
      type: "A",
      ttl: 300,
      system_record: false,
    });

    const updated = await client.PATCH("/{account}/zones/{zone}/records/{zonerecord}", {
      params: { path: { ...zone, zonerecord: id } },
      body: { content: "192.0.2.20" },
    });
    expect(updated.data?.data.content).toBe("192.0.2.20");

    const listed = await client.op.listZoneRecords({
      params: { path: zone, query: { type: "A" } },
    });
    expect(listed.data?.data.map((r) => r.content)).toEqual(["192.0.2.20"]);
    expect(listed.data?.pagination.total_entries).toBe(1);

    const zones = await client.op.listZones({ params: { path: { account } } });
    expect(zones.data?.data.map((z) => z.name)).toEqual(["example-typed.test"]);
    const off = await client.op.deactivateZoneService({ params: { path: zone } });
    expect(off.data?.data.active).toBe(false);

    const removed = await client.op.deleteZoneRecord({
      params: { path: { ...zone, zonerecord: id } },
    });
    expect(removed.response.status).toBe(204);
    const gone = await client.op.deleteDomain({
      params: { path: { account, domain: "example-typed.test" } },
    });
    expect(gone.response.status).toBe(204);
    const missing = await client.op.getDomain({
      params: { path: { account, domain: "example-typed.test" } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toEqual({ message: "Domain `example-typed.test` not found" });
  });
});
