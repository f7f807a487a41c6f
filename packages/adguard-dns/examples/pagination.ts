import {
  adguardDnsAuth,
  createAdGuardDnsClient,
  paginateDevices,
  paginateQueryLog,
} from "@provider-clients/adguard-dns";

const adguard = createAdGuardDnsClient({
  auth: adguardDnsAuth.apiKey(process.env.ADGUARD_DNS_API_KEY ?? ""),
  baseUrl: process.env.ADGUARD_DNS_BASE_URL,
});

// GET /oapi/v2/devices, following navigation.next.page_cursor; filters are repeated on every page.
let devices = 0;
for await (const device of paginateDevices(adguard, { limit: 100 })) {
  devices += 1;
  if (devices <= 3) console.log(device.id, device.name);
}

// GET /oapi/v1/query_log for the last hour, page after page (the next page is the one after `current`).
const now = Date.now();
let blocked = 0;
for await (const entry of paginateQueryLog(adguard, {
  time_from_millis: now - 60 * 60 * 1000,
  time_to_millis: now,
  limit: 100,
})) {
  if (entry.filtering_info.filtering_status === "REQUEST_BLOCKED") blocked += 1;
}
console.log(`${devices} device(s); ${blocked} blocked request(s) in the last hour`);
