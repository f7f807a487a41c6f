import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { apiRequests, clientFor, grantCount, startFake } from "./support/fake.js";

it("an API key client creates, lists, updates and deletes a device through typed calls", async () => {
  const server = await startFake();
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey));

  const servers = await adguard.op.listDNSServers();
  const serverId = servers.data?.[0]?.id;
  expect(serverId).toBeTruthy();

  const created = await adguard.op.createDevice({
    body: { name: "Living room TV", device_type: "SMART_TV", dns_server_id: serverId! },
  });
  expect(created.response.status).toBe(200);
  const id = created.data!.id;

  const updated = await adguard.PUT("/oapi/v1/devices/{device_id}", {
    params: { path: { device_id: id } },
    body: { name: "Bedroom TV" },
  });
  expect(updated.response.status).toBe(200);

  const fetched = await adguard.op.getDevice({ params: { path: { device_id: id } } });
  expect(fetched.data).toMatchObject({ id, name: "Bedroom TV", device_type: "SMART_TV" });

  const listed = await adguard.op.listDevices();
  expect(listed.data?.map((d) => d.id)).toEqual([id]);

  const removed = await adguard.op.removeDevice({ params: { path: { device_id: id } } });
  expect(removed.response.status).toBe(200);
  expect(
    (await adguard.op.getDevice({ params: { path: { device_id: id } } })).response.status,
  ).toBe(404);

  // Every API call carried the key in the vendor's `ApiKey` format, and no token request was made.
  expect(apiRequests(server).every((r) => r.credential === "api-key")).toBe(true);
  expect(grantCount(server)).toBe(0);
});
