// AdGuard DNS's operation examples in the reference site (docs/): the API key, the client named `adguard` as in the README.
import type { DocsExampleStart } from "@provider-clients/scripts/suites/docs";

/** The credential and client variable every operation example starts with. */
export const exampleStart: DocsExampleStart = {
  auth: 'adguardDnsAuth.apiKey(process.env.ADGUARD_DNS_API_KEY ?? "")',
  client: "adguard",
};
