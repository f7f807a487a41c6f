// How each provider's examples start: its package, client factory and the simplest static credential.
import { registry } from "@provider-clients/scripts/providers";

/** What an operation example needs to know about its provider. */
export interface ProviderExample {
  provider: string;
  packageName: string;
  title: string;
  factory: string;
  authNamespace: string;
  /** A credential every operation of the provider accepts or that the client turns into one. */
  auth: string;
  /** The variable the example names the client. */
  client: string;
}

// The credential each example shows and the client's variable name: the rest comes from the registry.
const exampleStarts: Readonly<Record<string, { auth: string; client: string }>> = {
  "adguard-dns": {
    auth: 'adguardDnsAuth.apiKey(process.env.ADGUARD_DNS_API_KEY ?? "")',
    client: "adguard",
  },
  dnsimple: {
    auth: 'dnsimpleAuth.accessToken(process.env.DNSIMPLE_TOKEN ?? "")',
    client: "dnsimple",
  },
  dynata: {
    auth: 'dynataAuth.password({\n    username: process.env.DYNATA_USERNAME ?? "",\n    password: () => process.env.DYNATA_PASSWORD ?? "",\n  })',
    client: "dynata",
  },
  dynu: { auth: 'dynuAuth.apiKey(process.env.DYNU_API_KEY ?? "")', client: "dynu" },
};

/** Every registered provider (specs/<name>/source.json), in registry order; one without an example start is an error. */
export const providerExamples: readonly ProviderExample[] = registry.map((entry) => {
  const start = exampleStarts[entry.name];
  if (!start)
    throw new Error(`docs/src/providers.ts has no example credential for "${entry.name}"`);
  return {
    provider: entry.name,
    packageName: entry.package,
    title: entry.title,
    factory: entry.exports.client,
    authNamespace: entry.exports.auth,
    ...start,
  };
});
