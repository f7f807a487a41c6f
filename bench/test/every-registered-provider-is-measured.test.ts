// The bench measures every registered provider: bundle consumers and type-check calls exist for each.
import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { staticConsumers } from "../src/bundle/bundle-consumers.js";
import { providers } from "../src/repo-paths.js";
import { providerCalls } from "../src/typecheck/provider-calls.js";

const names = registry.map((entry) => entry.name);

it("reports every registered provider, in registry order", () => {
  expect(providers).toEqual(names);
});

it("has a bundle consumer for each, static exactly where the provider has a static credential", () => {
  expect(Object.keys(staticConsumers).sort()).toEqual(names);
  for (const entry of registry) {
    const hasStatic = entry.credentials.some((credential) => credential.kind === "static");
    expect(staticConsumers[entry.name], entry.name).toBe(hasStatic);
  }
});

it("type-checks calls of each", () => {
  expect(providerCalls.map((calls) => calls.provider).sort()).toEqual(names);
});
