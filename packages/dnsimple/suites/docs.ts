// DNSimple's operation examples in the reference site (docs/): the access token from `DNSIMPLE_TOKEN`, as the README reads it.
import type { DocsExampleStart } from "@provider-clients/scripts/suites/docs";

/** The credential and client variable every operation example starts with. */
export const exampleStart: DocsExampleStart = {
  auth: 'dnsimpleAuth.accessToken(process.env.DNSIMPLE_TOKEN ?? "")',
  client: "dnsimple",
};
