import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { adoptedProviders, adoptProviderFiles } from "../src/specs/adopt/index.js";
import { findUpstreamSpecsDir } from "../src/specs/upstream-dir.js";

const SPECS_DIR = fileURLToPath(new URL("../../specs/", import.meta.url));
const EXPECTED_OPERATIONS: Record<string, number> = { "adguard-dns": 41, dnsimple: 111, dynu: 60 };
const upstream = findUpstreamSpecsDir();

describe("adopting each vendor document reproduces the committed spec (re-adoption guard)", () => {
  if (!upstream) {
    it("needs ../shared/upstream-specs (or UPSTREAM_SPECS_DIR)", () => {
      const banner = "!".repeat(78);
      console.warn(
        `\n${banner}\n!! upstream specs NOT FOUND: the re-adoption guard did NOT compare anything.\n` +
          `!! Set UPSTREAM_SPECS_DIR or place shared/upstream-specs beside the repository.\n${banner}\n`,
      );
      // CI always has ../shared, so its absence there is a failure, not a pass.
      expect(process.env.CI, "upstream specs missing under CI").not.toBe("true");
    });
    return;
  }

  for (const { name: provider, vendorFile } of adoptedProviders) {
    it(`${provider}: openapi.yaml and differences.md are exactly what adopt produces`, async () => {
      const adopted = await adoptProviderFiles(provider, join(upstream, vendorFile), SPECS_DIR);
      const committed = await readFile(join(SPECS_DIR, provider, "openapi.yaml"), "utf8");
      const differences = await readFile(join(SPECS_DIR, provider, "differences.md"), "utf8");
      // A mismatch means someone edited the spec by hand or changed adopt without re-running it.
      expect(adopted.openapiYaml === committed, `re-run adopt-cli for ${provider}`).toBe(true);
      expect(adopted.differencesMd).toBe(differences);
      // The first three adopted providers' counts are pinned; any other must have operations at all.
      const expected = EXPECTED_OPERATIONS[provider];
      if (expected === undefined) expect(adopted.operationCount).toBeGreaterThan(0);
      else expect(adopted.operationCount).toBe(expected);
      expect(adopted.proseGaps).toEqual([]);
    });
  }
});
