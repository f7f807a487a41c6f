// Dynu in the bench: an API-key bundle consumer and the calls the type-check scenario makes.
import type { BundleConsumer, TypeCheckCalls } from "@provider-clients/scripts/suites/bench";

/** Lists DNS services with an API key, the flow imported on its own. */
export const bundleConsumer: BundleConsumer = {
  credential: "apiKey",
  imports: 'import { createDynuClient, dynuApiKey } from "@provider-clients/dynu";',
  create: 'createDynuClient({ auth: dynuApiKey("key") })',
  call: 'client.GET("/dns")',
};

/** Lists, path parameters, a delete; our client with managed client credentials. */
export const typeCheckCalls: TypeCheckCalls = {
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
};
