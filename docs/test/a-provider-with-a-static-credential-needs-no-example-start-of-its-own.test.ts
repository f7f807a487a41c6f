import { providerEntry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { derivedExampleStart, providerExample, providerExamples } from "../src/providers.js";

it("derives the example's credential and client variable from the registry's first static credential", () => {
  // Dynu has no packages/dynu/suites/docs.ts: the registry says all of it.
  expect(providerExamples.find((example) => example.provider === "dynu")).toMatchObject({
    auth: 'dynuAuth.apiKey(process.env.DYNU_API_KEY ?? "")',
    client: "dynu",
  });
  expect(derivedExampleStart(providerEntry("adguard-dns"))).toEqual({
    auth: 'adguardDnsAuth.apiKey(process.env.ADGUARD_DNS_API_KEY ?? "")',
    client: "adguardDns",
  });
  expect(derivedExampleStart(providerEntry("dynata"))).toBeUndefined();
});

it("takes a provider's own start from packages/<name>/suites/docs.ts", () => {
  // Dynata has only a managed login; DNSimple's README reads DNSIMPLE_TOKEN.
  expect(providerExamples.find((example) => example.provider === "dynata")?.auth).toContain(
    "dynataAuth.password(",
  );
  expect(providerExamples.find((example) => example.provider === "dnsimple")?.auth).toBe(
    'dnsimpleAuth.accessToken(process.env.DNSIMPLE_TOKEN ?? "")',
  );
});

it("asks a provider with neither a static credential nor its own start for packages/<name>/suites/docs.ts", async () => {
  const unstarted = { ...providerEntry("dynata"), name: "no-docs-yet" };
  await expect(providerExample(unstarted)).rejects.toThrow(
    "add packages/no-docs-yet/suites/docs.ts exporting exampleStart",
  );
});
