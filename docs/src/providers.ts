// How each provider's examples start: its package, client factory and the simplest static credential.

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

/** The four providers, in the order the site lists them. */
export const providerExamples: readonly ProviderExample[] = [
  {
    provider: "adguard-dns",
    packageName: "@provider-clients/adguard-dns",
    title: "AdGuard DNS",
    factory: "createAdGuardDnsClient",
    authNamespace: "adguardDnsAuth",
    auth: 'adguardDnsAuth.apiKey(process.env.ADGUARD_DNS_API_KEY ?? "")',
    client: "adguard",
  },
  {
    provider: "dnsimple",
    packageName: "@provider-clients/dnsimple",
    title: "DNSimple",
    factory: "createDnsimpleClient",
    authNamespace: "dnsimpleAuth",
    auth: 'dnsimpleAuth.accessToken(process.env.DNSIMPLE_TOKEN ?? "")',
    client: "dnsimple",
  },
  {
    provider: "dynata",
    packageName: "@provider-clients/dynata",
    title: "Dynata",
    factory: "createDynataClient",
    authNamespace: "dynataAuth",
    auth: 'dynataAuth.password({\n    username: process.env.DYNATA_USERNAME ?? "",\n    password: () => process.env.DYNATA_PASSWORD ?? "",\n  })',
    client: "dynata",
  },
  {
    provider: "dynu",
    packageName: "@provider-clients/dynu",
    title: "Dynu",
    factory: "createDynuClient",
    authNamespace: "dynuAuth",
    auth: 'dynuAuth.apiKey(process.env.DYNU_API_KEY ?? "")',
    client: "dynu",
  },
];
