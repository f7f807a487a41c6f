// Dynata in the bench: a password bundle consumer (the whole token engine) and the calls the type-check scenario makes.
import type { BundleConsumer, TypeCheckCalls } from "@provider-clients/scripts/suites/bench";

/** Lists projects after a password login; Dynata has no static credential. */
export const bundleConsumer: BundleConsumer = {
  credential: "password",
  imports: 'import { createDynataClient, dynataPassword } from "@provider-clients/dynata";',
  create: 'createDynataClient({ auth: dynataPassword({ username: "u", password: "p" }) })',
  call: 'client.GET("/sample/v1/projects")',
};

/** Lists, path parameters, a delete. */
export const typeCheckCalls: TypeCheckCalls = {
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
};
