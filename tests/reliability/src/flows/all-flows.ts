// Every provider flow that has a token endpoint, from the providers' own suite files, in registry order.
import type { MfaLogin, RefreshRevocation } from "@provider-clients/scripts/suites/reliability";
import { providerParts } from "../provider-parts.js";
import type { TokenFlow } from "./token-flow.js";

/** Every flow of every provider's own file (the registry default has none: static credentials only). */
export const tokenFlows: readonly TokenFlow[] = providerParts.flatMap(
  (part) => part.own?.tokenFlows ?? [],
);

/** The providers whose sessions can lose their refresh token mid-way. */
export const refreshRevocations: readonly (RefreshRevocation & { provider: string })[] =
  providerParts.flatMap(({ entry, own }) =>
    own?.refreshRevocation ? [{ ...own.refreshRevocation, provider: entry.name }] : [],
  );

/** The providers whose password login can ask for a second factor. */
export const mfaLogins: readonly (MfaLogin & { provider: string })[] = providerParts.flatMap(
  ({ entry, own }) => (own?.mfaLogin ? [{ ...own.mfaLogin, provider: entry.name }] : []),
);
