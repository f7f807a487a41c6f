import { afterEach, expect, it } from "vitest";
import { createDynuClient, dynuAuth } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("manages A and TXT records of a domain, narrowing the record union by recordType", async () => {
  server = await startFakeDynuServer();
  const domain = server.seed("domains", { name: "records.example" });
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials(fakeDynuCredentials),
    baseUrl: server.url,
  });
  const path = { id: domain.id };

  const a = await dynu.POST("/dns/{id}/record", {
    params: { path },
    body: { recordType: "A", nodeName: "www", state: true, ipv4Address: "192.0.2.20" },
  });
  expect(a.data).toMatchObject({
    statusCode: 200,
    hostname: "www.records.example",
    content: "192.0.2.20",
  });
  const txt = await dynu.op.dnsIdRecordPost({
    params: { path },
    body: { recordType: "TXT", nodeName: "", textData: "hello" },
  });
  const recordId = a.data!.id!;

  const listed = await dynu.GET("/dns/{id}/record", { params: { path } });
  const records = listed.data?.dnsRecords ?? [];
  expect(records.map((r) => r.recordType)).toEqual(["A", "TXT"]);
  const first = records[0]!;
  if (first.recordType === "A") expect(first.ipv4Address).toBe("192.0.2.20");
  else expect.unreachable("first record should be the A record");

  const updated = await dynu.POST("/dns/{id}/record/{dnsRecordId}", {
    params: { path: { id: domain.id, dnsRecordId: recordId } },
    body: { recordType: "A", nodeName: "www", ipv4Address: "192.0.2.21" },
  });
  expect(updated.data).toMatchObject({ id: recordId, content: "192.0.2.21" });

  const removed = await dynu.op.dnsIdRecordDnsRecordIdDelete({
    params: { path: { id: domain.id, dnsRecordId: txt.data!.id! } },
  });
  expect(removed.data?.statusCode).toBe(200);
  const after = await dynu.op.dnsIdRecordGet({ params: { path } });
  expect(after.data?.dnsRecords?.map((r) => r.id)).toEqual([recordId]);
  expect(server.tokens.counts().requests).toBe(1);
});
