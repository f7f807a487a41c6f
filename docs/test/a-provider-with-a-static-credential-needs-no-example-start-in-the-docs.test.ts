import { providerEntry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { derivedExampleStart, providerExamples } from "../src/providers.js";

it("derives the example's credential and client variable from the registry's first static credential", () => {
  // Dynu has no start of its own in docs/src/providers.ts: the registry says all of it.
  expect(providerExamples.find((example) => example.provider === "dynu")).toMatchObject({
    auth: 'dynuAuth.apiKey(process.env.DYNU_API_KEY ?? "")',
    client: "dynu",
  });
  expect(derivedExampleStart(providerEntry("adguard-dns"))).toEqual({
    auth: 'adguardDnsAuth.apiKey(process.env.ADGUARD_DNS_API_KEY ?? "")',
    client: "adguardDns",
  });
  // Dynata has only a managed login: it keeps a start written in docs/src/providers.ts.
  expect(derivedExampleStart(providerEntry("dynata"))).toBeUndefined();
});
