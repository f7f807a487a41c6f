import { afterEach, expect, it } from "vitest";
import { createDynuClient, dynuAuth } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("creates, reads, updates and deletes a DNS domain with typed calls by path and by operationId", async () => {
  server = await startFakeDynuServer();
  const dynu = createDynuClient({
    auth: dynuAuth.apiKey(fakeDynuCredentials.apiKey),
    baseUrl: server.url,
  });

  const created = await dynu.POST("/dns", {
    body: { name: "lab.example", ttl: 300, ipv4Address: "192.0.2.4" },
  });
  expect(created.data?.statusCode).toBe(200);

  const listed = await dynu.op.dnsGet();
  const domain = listed.data?.domains?.find((d) => d.name === "lab.example");
  expect(domain).toMatchObject({ name: "lab.example", ttl: 300, ipv4Address: "192.0.2.4" });
  const id = domain!.id!;

  const updated = await dynu.op.dnsIdPost({
    params: { path: { id } },
    body: { group: "lab", ttl: 120 },
  });
  expect(updated.data?.statusCode).toBe(200);

  const fetched = await dynu.GET("/dns/{id}", { params: { path: { id } } });
  expect(fetched.data).toMatchObject({
    statusCode: 200,
    id,
    name: "lab.example",
    group: "lab",
    ttl: 120,
  });

  const removed = await dynu.op.dnsIdDelete({ params: { path: { id } } });
  expect(removed.data?.statusCode).toBe(200);

  const gone = await dynu.GET("/dns/{id}", { params: { path: { id } } });
  expect(gone.response.status).toBe(404);
  expect(gone.error?.exception?.type).toBe("Request Exception");
  expect((await dynu.op.dnsGet()).data?.domains).toEqual([]);
});
