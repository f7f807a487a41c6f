// How each provider's examples start: its package, client factory and the simplest static credential.
import {
  exampleCredential,
  type ProviderEntry,
  registry,
} from "@provider-clients/scripts/providers";

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

// Where the registry's default (below) does not fit: the credential each example shows and the client's variable name.
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
};

/** An example's start from the registry alone: the first static credential from its variable, the client named after the auth object. */
export function derivedExampleStart(
  entry: ProviderEntry,
): { auth: string; client: string } | undefined {
  const credential = exampleCredential(entry);
  if (!credential) return undefined;
  return {
    auth: `${entry.exports.auth}.${credential.builder}(process.env.${credential.variable} ?? "")`,
    client: entry.exports.auth.replace(/Auth$/, ""),
  };
}

/** Every registered provider (specs/<name>/source.json), in registry order; one with neither a start here nor a static credential is an error. */
export const providerExamples: readonly ProviderExample[] = registry.map((entry) => {
  const start = exampleStarts[entry.name] ?? derivedExampleStart(entry);
  if (!start)
    throw new Error(
      `docs/src/providers.ts has no example credential for "${entry.name}" (it declares no static credential)`,
    );
  return {
    provider: entry.name,
    packageName: entry.package,
    title: entry.title,
    factory: entry.exports.client,
    authNamespace: entry.exports.auth,
    ...start,
  };
});
