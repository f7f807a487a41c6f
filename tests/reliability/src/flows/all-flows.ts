// Every provider flow that has a token endpoint, in one list for the fault matrix.
import { adguardPasswordFlow, adguardRefreshFlow } from "./adguard-dns.js";
import { dnsimpleCodeFlow } from "./dnsimple-code.js";
import { dynataPasswordFlow, dynataRefreshFlow } from "./dynata.js";
import { dynuClientCredentialsFlow } from "./dynu-client-credentials.js";
import type { TokenFlow } from "./token-flow.js";

/** Dynu client credentials, Dynata password/refresh, AdGuard password/refresh, DNSimple code. */
export const tokenFlows: readonly TokenFlow[] = [
  dynuClientCredentialsFlow,
  dynataPasswordFlow,
  dynataRefreshFlow,
  adguardPasswordFlow,
  adguardRefreshFlow,
  dnsimpleCodeFlow,
];
