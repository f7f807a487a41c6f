// Looks up the fix list for a provider whose document we adopt.
import { adguardDnsFixes } from "./adguard-dns.js";
import { dnsimpleFixes } from "./dnsimple.js";
import { dynuFixes } from "./dynu.js";
import type { ProviderFixes } from "./provider-fixes.js";

/** Providers whose documents are adopted from a vendor file. */
export const ADOPTED_PROVIDERS = ["adguard-dns", "dnsimple", "dynu"] as const;

/** One of the adopted providers. */
export type AdoptedProvider = (typeof ADOPTED_PROVIDERS)[number];

const FIXES: Record<AdoptedProvider, ProviderFixes> = {
  "adguard-dns": adguardDnsFixes,
  dnsimple: dnsimpleFixes,
  dynu: dynuFixes,
};

/** True when the name is one of the adopted providers. */
export function isAdoptedProvider(name: string): name is AdoptedProvider {
  return (ADOPTED_PROVIDERS as readonly string[]).includes(name);
}

/** The documented fixes for one provider. */
export function fixesFor(provider: AdoptedProvider): ProviderFixes {
  return FIXES[provider];
}

export type { ProviderFixes } from "./provider-fixes.js";
