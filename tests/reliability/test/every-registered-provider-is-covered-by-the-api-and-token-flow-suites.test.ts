// The API fault suites run every registered provider, and every provider with a managed credential
// also runs in the 401-replay suite and has its token endpoint faulted.
import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { apiTargets, managedApiTargets } from "../src/api/api-targets.js";
import { tokenFlows } from "../src/flows/all-flows.js";

const managed = registry
  .filter((entry) => entry.credentials.some((credential) => credential.kind === "managed"))
  .map((entry) => entry.name);

it("the API fault suites run every registered provider", () => {
  expect(apiTargets.map((target) => target.name)).toEqual(registry.map((entry) => entry.name));
});

it("the 401-replay suite runs every provider with a managed credential", () => {
  expect(managedApiTargets.map((target) => target.name).sort()).toEqual(managed);
});

it("every provider with a managed credential has its token endpoint faulted", () => {
  const flowed = new Set(tokenFlows.map((flow) => flow.provider));
  for (const name of managed) expect(flowed, name).toContain(name);
});
