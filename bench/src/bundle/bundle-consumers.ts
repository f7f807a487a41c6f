// Source of the small consumers that get bundled: one per provider, plus the bare baseline.
import type { providers } from "../repo-paths.js";

type Provider = (typeof providers)[number];

/** Whether the provider's consumer holds a static credential (and so must bundle no token engine). */
export const staticConsumers: Record<Provider, boolean> = {
  "adguard-dns": true,
  dynu: true,
  dynata: false,
  dnsimple: true,
};

// The import line and client construction each provider's consumer uses (its usual credential),
// with the flow imported on its own, as a bundle-conscious caller would.
const ourClients: Record<Provider, { imports: string; create: string; call: string }> = {
  "adguard-dns": {
    imports:
      'import { adguardDnsApiKey, createAdGuardDnsClient } from "@provider-clients/adguard-dns";',
    create: 'createAdGuardDnsClient({ auth: adguardDnsApiKey("key") })',
    call: 'client.GET("/oapi/v1/devices")',
  },
  dynu: {
    imports: 'import { createDynuClient, dynuApiKey } from "@provider-clients/dynu";',
    create: 'createDynuClient({ auth: dynuApiKey("key") })',
    call: 'client.GET("/dns")',
  },
  dynata: {
    imports: 'import { createDynataClient, dynataPassword } from "@provider-clients/dynata";',
    create: 'createDynataClient({ auth: dynataPassword({ username: "u", password: "p" }) })',
    call: 'client.GET("/sample/v1/projects")',
  },
  dnsimple: {
    imports:
      'import { createDnsimpleClient, dnsimpleAccessToken } from "@provider-clients/dnsimple";',
    create: 'createDnsimpleClient({ auth: dnsimpleAccessToken("token") })',
    call: 'client.GET("/whoami")',
  },
};

// The provider's consumer parts; a registered provider without them stops the bench loudly.
function clientOf(provider: Provider): { imports: string; create: string; call: string } {
  const c = ourClients[provider];
  if (!c) throw new Error(`bench/src/bundle/bundle-consumers.ts has no consumer for "${provider}"`);
  return c;
}

/** A consumer that creates the provider's client and makes one call. */
export function oursConsumer(provider: Provider): string {
  const c = clientOf(provider);
  return `${c.imports}\nconst client = ${c.create};\nexport const run = () => ${c.call};\n`;
}

/** The same consumer with drift detection on (the provider's `/validate` entry wrapping the client). */
export function driftDetectionConsumer(provider: Provider): string {
  const c = clientOf(provider);
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

/** A peer library making a comparable call, bundled with the same settings as ours. */
export interface PeerConsumer {
  name: string;
  /** What the budget compares with it, if anything. */
  comparedWith?: string;
  source: string;
}

/** The peers reported beside our bundles: the vendor's own DNSimple SDK, Octokit's core, bare openapi-fetch. */
export const peerConsumers: readonly PeerConsumer[] = [
  {
    name: "official dnsimple SDK, static-token whoami",
    comparedWith: "dnsimple",
    source: [
      'import { DNSimple } from "dnsimple";',
      'const client = new DNSimple({ accessToken: "token" });',
      "export const run = () => client.identity.whoami();",
      "",
    ].join("\n"),
  },
  {
    name: "@octokit/core, token, GET /user",
    source: [
      'import { Octokit } from "@octokit/core";',
      'const octokit = new Octokit({ auth: "token" });',
      'export const run = () => octokit.request("GET /user");',
      "",
    ].join("\n"),
  },
  { name: "bare openapi-fetch, header, one GET", source: bareConsumer },
];
