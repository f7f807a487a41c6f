// A user calls operations by operationId, with path parameters and a request body.
import { adguardDnsAuth, createAdGuardDnsClient } from "../src/index.js";

const adguard = createAdGuardDnsClient({
  auth: adguardDnsAuth.password({ username: "fixture@example.test", password: () => "fixture" }),
  baseUrl: "http://127.0.0.1:9",
  throwOnError: true,
});

const { data: limits } = await adguard.op.getAccountLimits();
const used: number | undefined = limits?.devices.used;
const limit: number | undefined = limits?.devices.limit;
console.log(`${used} of ${limit} devices`);

const { data: created } = await adguard.op.createDevice({
  body: { name: "Fixture phone", device_type: "ANDROID", dns_server_id: "profile-1" },
});
const { data: device } = await adguard.op.getDevice({
  params: { path: { device_id: created?.id ?? "" } },
});
console.log(device?.name, device?.settings.detect_doh_auth_only);

const { data: lists } = await adguard.op.listFilterLists();
for (const list of lists ?? []) console.log(list.filter_id, list.rules_count, list.time_updated);
