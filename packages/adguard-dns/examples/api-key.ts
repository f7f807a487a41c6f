import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";

const adguard = createAdGuardDnsClient({
  auth: adguardDnsAuth.apiKey(process.env.ADGUARD_DNS_API_KEY ?? ""),
  // Unset: the production API, https://api.adguard-dns.io.
  baseUrl: process.env.ADGUARD_DNS_BASE_URL,
  throwOnError: true,
});

const { data: limits } = await adguard.op.getAccountLimits();
console.log(`devices: ${limits?.devices.used} of ${limits?.devices.limit}`);

const { data: profile } = await adguard.op.createDNSServer({ body: { name: "Example profile" } });
const { data: device } = await adguard.op.createDevice({
  body: { name: "Example phone", device_type: "ANDROID", dns_server_id: profile!.id },
});
await adguard.op.updateDevice({
  params: { path: { device_id: device!.id } },
  body: { name: "Renamed phone" },
});
const { data: renamed } = await adguard.op.getDevice({
  params: { path: { device_id: device!.id } },
});
console.log(
  `created ${renamed?.name}, DNS-over-HTTPS: ${renamed?.dns_addresses.dns_over_https_url}`,
);

await adguard.op.removeDevice({ params: { path: { device_id: device!.id } } });
await adguard.op.removeDNSServer({ params: { path: { dns_server_id: profile!.id } } });
