// The bench measures every registered provider: its own packages/<name>/suites/bench.ts parts, or the registry default.
import { importSuiteFile, registry } from "@provider-clients/scripts/providers";
import type { BenchSuite } from "@provider-clients/scripts/suites/bench";
import { expect, it } from "vitest";
import { defaultBundleConsumer } from "../src/provider-parts/default-parts.js";
import { benchParts, benchPartsOf } from "../src/provider-parts/provider-parts.js";
import { providers } from "../src/repo-paths.js";

const names = registry.map((entry) => entry.name);
const hasStatic = (entry: (typeof registry)[number]) =>
  entry.credentials.some((credential) => credential.kind === "static");

it("measures every registered provider, in registry order", async () => {
  expect(providers).toEqual(names);
  expect((await benchParts()).map((parts) => parts.provider)).toEqual(names);
});

it("takes each part from the provider's own file where it exports it, else the registry default, which needs a static credential", async () => {
  for (const entry of registry) {
    const own = (await importSuiteFile<BenchSuite>(entry, "bench")) ?? {};
    const parts = await benchPartsOf(entry);
    for (const part of ["bundleConsumer", "typeCheckCalls"] as const) {
      expect(parts.from[part], `${entry.name} ${part}`).toBe(
        own[part] ? "own file" : "registry default",
      );
      if (own[part]) expect(parts[part]).toEqual(own[part]);
      else expect(hasStatic(entry), `${entry.name} has a static credential`).toBe(true);
    }
    if (!own.bundleConsumer) expect(parts.bundleConsumer).toEqual(defaultBundleConsumer(entry));
  }
});

it("calls a consumer static exactly where the registry declares its credential static", async () => {
  for (const parts of await benchParts()) {
    const entry = registry.find((candidate) => candidate.name === parts.provider)!;
    const credential = entry.credentials.find((c) => c.builder === parts.bundleConsumer.credential);
    expect(parts.staticCredential, parts.provider).toBe(credential?.kind === "static");
  }
});

it("fails naming packages/<name>/suites/bench.ts for a provider with neither its own file nor a static credential", async () => {
  const managedOnly = registry.find((entry) => !hasStatic(entry));
  const base = managedOnly ?? registry[0]!;
  const entry = {
    ...base,
    name: "no-bench-part",
    credentials: base.credentials.map((c) => ({ ...c, kind: "managed" as const })),
  };
  await expect(benchPartsOf(entry)).rejects.toThrow(
    "no-bench-part: packages/no-bench-part/suites/bench.ts exports no bundleConsumer",
  );
});

it("refuses an own consumer whose credential the registry does not declare", async () => {
  const dynu = registry.find((entry) => entry.name === "dynu")!;
  const undeclared = { ...dynu, credentials: dynu.credentials.filter((c) => c.kind !== "static") };
  await expect(benchPartsOf(undeclared)).rejects.toThrow(
    `packages/dynu/suites/bench.ts's bundleConsumer authenticates with "apiKey", which specs/dynu/source.json does not declare`,
  );
});
