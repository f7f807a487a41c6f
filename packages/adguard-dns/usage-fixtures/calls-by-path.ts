// A user lists devices and profiles by path and reads the fields they print.
import { adguardDnsAuth, createAdGuardDnsClient } from "../src/index.js";

const adguard = createAdGuardDnsClient({ auth: adguardDnsAuth.apiKey("fixture-key") });

const { data: devices, error } = await adguard.GET("/oapi/v1/devices");
if (error) throw new Error("listing devices failed");
for (const device of devices) {
  const doh: string = device.dns_addresses.dns_over_https_url;
  const dot: string = device.dns_addresses.dns_over_tls_url;
  console.log(device.id, device.name, device.dns_server_id, doh, dot);
}

const { data: profiles } = await adguard.GET("/oapi/v1/dns_servers");
for (const profile of profiles ?? []) {
  const count: number = profile.devices_count;
  console.log(profile.id, profile.name, profile.default, count);
}
