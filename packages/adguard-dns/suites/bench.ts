// AdGuard DNS in the bench: an API-key bundle consumer and the calls the type-check scenario makes.
import type { BundleConsumer, TypeCheckCalls } from "@provider-clients/scripts/suites/bench";

/** Lists devices with an API key, the flow imported on its own. */
export const bundleConsumer: BundleConsumer = {
  credential: "apiKey",
  imports:
    'import { adguardDnsApiKey, createAdGuardDnsClient } from "@provider-clients/adguard-dns";',
  create: 'createAdGuardDnsClient({ auth: adguardDnsApiKey("key") })',
  call: 'client.GET("/oapi/v1/devices")',
};

/** Lists, path and query parameters, a delete. */
export const typeCheckCalls: TypeCheckCalls = {
  ours: {
    imports:
      'import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";',
    create: 'createAdGuardDnsClient({ auth: adguardDnsAuth.apiKey("key") })',
  },
  bare: { baseUrl: "https://api.adguard-dns.io", headers: { Authorization: "ApiKey key" } },
  calls: [
    'use((await client.GET("/oapi/v1/devices")).data?.[0]?.id);',
    'use((await client.GET("/oapi/v1/devices/{device_id}", { params: { path: { device_id: "d1" } } })).data?.name);',
    'use((await client.GET("/oapi/v1/query_log", { params: { query: { time_from_millis: 0, time_to_millis: 1, limit: 10 } } })).data);',
    'use((await client.GET("/oapi/v1/account/limits")).data);',
    'use((await client.DELETE("/oapi/v1/devices/{device_id}", { params: { path: { device_id: "d1" } } })).response.status);',
    'use((await client.GET("/oapi/v1/dns_servers")).data?.[0]?.name);',
  ],
};
