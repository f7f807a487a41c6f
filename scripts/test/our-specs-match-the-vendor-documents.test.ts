import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adoptedProviders } from "../src/specs/adopt/index.js";
import { checkConformance, describeFailures } from "../src/specs/conformance.js";
import { repoRoot, upstreamDirOrWarn } from "./helpers-upstream.js";

describe("our specs match the vendor documents", () => {
  for (const entry of adoptedProviders) {
    const provider = entry.name;
    it(`${provider}: every difference of fact is on specs/${provider}/differences.json`, async () => {
      const ours = path.join(repoRoot, "specs", provider, "openapi.yaml");
      expect(existsSync(ours), `our spec specs/${provider}/openapi.yaml is missing`).toBe(true);
      const upstreamDir = upstreamDirOrWarn();
      if (!upstreamDir) return;
      const report = await checkConformance(entry, { repoRoot, upstreamDir });
      expect(
        describeFailures(report),
        `unexpected differences from the ${provider} vendor document`,
      ).toBe("");
      expect(report.result.changes.length).toBeGreaterThan(0);
    });
  }
});
