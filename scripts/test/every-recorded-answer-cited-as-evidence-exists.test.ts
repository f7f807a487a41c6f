import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { adoptedProviders, loadFixes } from "../src/specs/adopt/index.js";
import { findRecordedDir } from "../src/testing/recorded-dir.js";

const recorded = findRecordedDir();
const SPECS_DIR = fileURLToPath(new URL("../../specs/", import.meta.url));

describe("every recorded answer a spec fix cites as evidence exists", () => {
  it("names at least one fix with evidence per replayed provider", async () => {
    for (const provider of ["dnsimple", "dynu"]) {
      const { afterNormalise } = await loadFixes(SPECS_DIR, provider);
      expect(
        afterNormalise.filter((fix) => fix.evidence && fix.evidence.length > 0).length,
      ).toBeGreaterThan(0);
    }
  });

  it.skipIf(!recorded)("each cited file is in ../shared/recorded", async () => {
    if (process.env.CI === "true")
      expect(recorded, "../shared/recorded missing under CI").toBeDefined();
    const missing: string[] = [];
    for (const { name } of adoptedProviders) {
      const { beforeNormalise, afterNormalise } = await loadFixes(SPECS_DIR, name);
      for (const fix of [...beforeNormalise, ...afterNormalise])
        for (const file of fix.evidence ?? [])
          if (!existsSync(join(recorded ?? "", file))) missing.push(`${fix.name}: ${file}`);
    }
    expect(missing).toEqual([]);
  });
});
