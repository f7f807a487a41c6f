// Source of the small consumers that get bundled: one per provider, plus the bare baseline.
import type { providers } from "../repo-paths.js";

type Provider = (typeof providers)[number];

// The import line and client construction each provider's consumer uses (its usual credential).
const ourClients: Record<Provider, { imports: string; create: string; call: string }> = {
  "adguard-dns": {
    imports:
      'import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";',
    create: 'createAdGuardDnsClient({ auth: adguardDnsAuth.apiKey("key") })',
    call: 'client.GET("/oapi/v1/devices")',
  },
  dynu: {
    imports: 'import { createDynuClient, dynuAuth } from "@provider-clients/dynu";',
    create: 'createDynuClient({ auth: dynuAuth.apiKey("key") })',
    call: 'client.GET("/dns")',
  },
  dynata: {
    imports: 'import { createDynataClient, dynataAuth } from "@provider-clients/dynata";',
    create: 'createDynataClient({ auth: dynataAuth.password({ username: "u", password: "p" }) })',
    call: 'client.GET("/sample/v1/projects")',
  },
  dnsimple: {
    imports: 'import { createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";',
    create: 'createDnsimpleClient({ auth: dnsimpleAuth.accessToken("token") })',
    call: 'client.GET("/whoami")',
  },
};

/** A consumer that creates the provider's client and makes one call. */
export function oursConsumer(provider: Provider): string {
  const c = ourClients[provider];
  return `${c.imports}\nconst client = ${c.create};\nexport const run = () => ${c.call};\n`;
}

/** The same consumer with drift detection on (the provider's `/validate` entry wrapping the client). */
export function driftDetectionConsumer(provider: Provider): string {
  const c = ourClients[provider];
  const validate = `import { withResponseValidation } from "@provider-clients/${provider}/validate";`;
  const create = `withResponseValidation(${c.create}, { validateResponses: "throw" })`;
  return `${c.imports}\n${validate}\nconst client = ${create};\nexport const run = () => ${c.call};\n`;
}

/** A consumer that only takes the provider's generated operation table (its built file). */
export function operationTableConsumer(operationsFile: string): string {
  return `export { operations } from ${JSON.stringify(operationsFile)};\n`;
}

/** The baseline: openapi-fetch's createClient with a header, making one call. */
export const bareConsumer = [
  'import createClient from "openapi-fetch";',
  'const client = createClient({ baseUrl: "https://api.example.com", headers: { "API-Key": "key" } });',
  'export const run = () => client.GET("/items");',
  "",
].join("\n");
