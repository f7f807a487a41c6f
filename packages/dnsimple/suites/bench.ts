// DNSimple in the bench: the static-token whoami the official SDK is compared with, and the calls the type-check scenario makes.
import type { BundleConsumer, TypeCheckCalls } from "@provider-clients/scripts/suites/bench";

/** whoami with an access token, the flow imported on its own (the same call as the SDK peer's). */
export const bundleConsumer: BundleConsumer = {
  credential: "accessToken",
  imports:
    'import { createDnsimpleClient, dnsimpleAccessToken } from "@provider-clients/dnsimple";',
  create: 'createDnsimpleClient({ auth: dnsimpleAccessToken("token") })',
  call: 'client.GET("/whoami")',
};

/** Lists, path parameters, a delete. */
export const typeCheckCalls: TypeCheckCalls = {
  ours: {
    imports: 'import { createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";',
    create: 'createDnsimpleClient({ auth: dnsimpleAuth.accessToken("token") })',
  },
  bare: { baseUrl: "https://api.dnsimple.com/v2", headers: { Authorization: "Bearer token" } },
  calls: [
    'use((await client.GET("/whoami")).data?.data);',
    'use((await client.GET("/{account}/domains", { params: { path: { account: 1 } } })).data?.data);',
    'use((await client.GET("/{account}/zones/{zone}/records", { params: { path: { account: 1, zone: "example.com" } } })).data);',
    'use((await client.GET("/{account}/zones/{zone}", { params: { path: { account: 1, zone: "example.com" } } })).data);',
    'use((await client.DELETE("/{account}/zones/{zone}/records/{zonerecord}", { params: { path: { account: 1, zone: "example.com", zonerecord: 2 } } })).error);',
    'use((await client.GET("/{account}/zones", { params: { path: { account: 1 } } })).data);',
  ],
};
