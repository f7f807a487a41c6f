// Every registered provider is in the API fault suites, by its own packages/<name>/suites/reliability.ts
// or by the registry default; a provider with a managed credential has its own file with a managed
// target and token flows; whatever is missing fails here naming the file to write.
import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { apiTargets } from "../src/api/api-targets.js";
import { tokenFlows } from "../src/flows/all-flows.js";
import { coverageProblem, providerParts } from "../src/provider-parts.js";

const managed = (name: string) =>
  registry.some(
    (entry) => entry.name === name && entry.credentials.some((c) => c.kind === "managed"),
  );

it("no provider lacks its part: each problem names packages/<name>/suites/reliability.ts", () => {
  expect(providerParts.map(coverageProblem).filter(Boolean)).toEqual([]);
});

it("the API fault suites run every registered provider, in registry order", () => {
  expect(apiTargets.map((target) => target.name)).toEqual(registry.map((entry) => entry.name));
});

it("a provider's target is managed exactly when its entry declares a managed credential, and then creates", () => {
  for (const target of apiTargets) {
    expect(target.managed, target.name).toBe(managed(target.name));
    if (target.managed) expect(target.creates, target.name).toBe(true);
  }
});

it("every provider with a managed credential has its token endpoint faulted, and flows name real providers", () => {
  const flowed = new Set(tokenFlows.map((flow) => flow.provider));
  for (const entry of registry.filter((e) => managed(e.name))) expect(flowed).toContain(entry.name);
  for (const provider of flowed) expect(registry.map((e) => e.name)).toContain(provider);
});

it("a provider without its own file gets the registry default, or the problem names its file", () => {
  const fake = { own: undefined, file: "packages/tokendns/suites/reliability.ts" } as const;
  const entry = (credentials: (typeof registry)[number]["credentials"]) => ({
    ...registry[0]!,
    name: "tokendns",
    credentials,
  });
  const key = {
    builder: "token",
    kind: "static",
    scheme: "tokenAuth",
    wire: "Authorization: Token <token>",
  } as const;
  const login = {
    builder: "password",
    kind: "managed",
    scheme: "tokenAuth",
    grant: "password",
    wire: "Authorization: Bearer <access token>",
  } as const;
  // Static credentials with a fake secret: covered by the default.
  const parts = providerParts.find((p) => typeof p.defaults !== "string")!.defaults;
  expect(coverageProblem({ ...fake, entry: entry([key]), defaults: parts })).toBeUndefined();
  // A managed credential: its flows need the file, default or not.
  expect(coverageProblem({ ...fake, entry: entry([key, login]), defaults: parts })).toContain(
    fake.file,
  );
  // No static credential with a fake secret: the file again.
  expect(coverageProblem({ ...fake, entry: entry([key]), defaults: "no fake secret" })).toContain(
    fake.file,
  );
});
