// The calls both type-check consumers make, per provider; only how the client is created differs.
import type { providers } from "../repo-paths.js";

/** How one provider's client is created in each consumer, and the calls made on it. */
export interface ProviderCalls {
  provider: (typeof providers)[number];
  /** Imports and the `const <client> = ...` line of our client. */
  ours: { imports: string; create: string };
  /** Base URL and default headers of the bare openapi-fetch client. */
  bare: { baseUrl: string; headers: Record<string, string> };
  /** Statements using `client` (an awaited call each), identical in both consumers. */
  calls: string[];
}

/** Every provider's calls: lists, path parameters, query parameters, bodies and deletes. */
export const providerCalls: ProviderCalls[] = [
  {
    provider: "adguard-dns",
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
  },
  {
    provider: "dynu",
    ours: {
      imports: 'import { createDynuClient, dynuAuth } from "@provider-clients/dynu";',
      create:
        'createDynuClient({ auth: dynuAuth.clientCredentials({ clientId: "id", clientSecret: "secret" }) })',
    },
    bare: { baseUrl: "https://api.dynu.com/v2", headers: { "API-Key": "key" } },
    calls: [
      'use((await client.GET("/dns")).data?.domains);',
      'use((await client.GET("/dns/{id}", { params: { path: { id: 1 } } })).data);',
      'use((await client.GET("/dns/{id}/record", { params: { path: { id: 1 } } })).data);',
      'use((await client.GET("/dns/getroot/{hostname}", { params: { path: { hostname: "www.example.com" } } })).data);',
      'use((await client.DELETE("/dns/{id}", { params: { path: { id: 1 } } })).error);',
      'use((await client.GET("/dns/ipUpdateHistory")).data);',
    ],
  },
  {
    provider: "dynata",
    ours: {
      imports: 'import { createDynataClient, dynataAuth } from "@provider-clients/dynata";',
      create: 'createDynataClient({ auth: dynataAuth.password({ username: "u", password: "p" }) })',
    },
    bare: { baseUrl: "https://api.dynata.com", headers: { Authorization: "Bearer token" } },
    calls: [
      'use((await client.GET("/sample/v1/projects")).data);',
      'use((await client.GET("/sample/v1/projects/{extProjectId}", { params: { path: { extProjectId: "p1" } } })).data);',
      'use((await client.GET("/sample/v1/projects/{extProjectId}/lineItems", { params: { path: { extProjectId: "p1" } } })).data);',
      'use((await client.GET("/sample/v1/countries")).data);',
      'use((await client.DELETE("/sample/v1/templates/quotaPlan/{id}", { params: { path: { id: 1 } } })).error);',
      'use((await client.GET("/sample/v1/events")).data);',
    ],
  },
  {
    provider: "dnsimple",
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
  },
];
