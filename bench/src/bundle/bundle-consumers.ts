// Source of the small consumers that get bundled: a provider's (from its bench part), the bare baseline and the peers.
import type { BundleConsumer } from "@provider-clients/scripts/suites/bench";

/** A consumer that creates the provider's client and makes one call. */
export function oursConsumer(c: BundleConsumer): string {
  return `${c.imports}\nconst client = ${c.create};\nexport const run = () => ${c.call};\n`;
}

/** The same consumer with drift detection on (the provider's `/validate` entry wrapping the client). */
export function driftDetectionConsumer(packageName: string, c: BundleConsumer): string {
  const validate = `import { withResponseValidation } from "${packageName}/validate";`;
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
