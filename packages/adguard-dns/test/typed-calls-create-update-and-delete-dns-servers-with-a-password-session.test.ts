import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { apiRequests, clientFor, grantCount, startFake } from "./support/fake.js";

it("a password session creates, renames, reconfigures and deletes a DNS server profile", async () => {
  const server = await startFake();
  const adguard = clientFor(
    server,
    adguardDnsAuth.password({ username: creds.username, password: creds.password }),
  );

  const created = await adguard.op.createDNSServer({
    body: { name: "Kids", settings: { protection_enabled: true, block_ttl_seconds: 60 } },
  });
  const id = created.data!.id;
  expect(created.data).toMatchObject({ name: "Kids", default: false, devices_count: 0 });
  expect(created.data?.settings.block_ttl_seconds).toBe(60);

  await adguard.op.updateDNSServer({
    params: { path: { dns_server_id: id } },
    body: { name: "Children" },
  });
  await adguard.op.updateDNSServerSettings({
    params: { path: { dns_server_id: id } },
    body: { user_rules_settings: { rules: ["||ads.example^"] } },
  });
  const settings = await adguard.op.getDNSServerSettings({
    params: { path: { dns_server_id: id } },
  });
  expect(settings.data?.user_rules_settings).toMatchObject({
    rules: ["||ads.example^"],
    rules_count: 1,
  });

  const bad = await adguard.op.createDNSServer({ body: { name: "" } });
  expect(bad.response.status).toBe(400);
  expect(bad.error).toMatchObject({ error_code: "FIELD_WRONG_VALUE", fields: [{ field: "name" }] });

  expect(
    (await adguard.op.removeDNSServer({ params: { path: { dns_server_id: id } } })).response.status,
  ).toBe(200);
  const limits = await adguard.op.getAccountLimits();
  expect(limits.data?.dns_servers).toEqual({ limit: 20, used: 1 });

  expect(grantCount(server, "password")).toBe(1);
  expect(apiRequests(server).every((r) => r.credential === "bearer")).toBe(true);
});
