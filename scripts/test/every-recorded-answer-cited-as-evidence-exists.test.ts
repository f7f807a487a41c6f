import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADOPTED_PROVIDERS, fixesFor } from "../src/specs/adopt/index.js";
import { findRecordedDir } from "../src/testing/recorded-dir.js";

const recorded = findRecordedDir();

describe("every recorded answer a spec fix cites as evidence exists", () => {
  it("names at least one fix with evidence per replayed provider", () => {
    for (const provider of ["dnsimple", "dynu"] as const) {
      const { afterNormalise } = fixesFor(provider);
      expect(
        afterNormalise.filter((fix) => fix.evidence && fix.evidence.length > 0).length,
      ).toBeGreaterThan(0);
    }
  });

  it.skipIf(!recorded)("each cited file is in ../shared/recorded", () => {
    if (process.env.CI === "true")
      expect(recorded, "../shared/recorded missing under CI").toBeDefined();
    const missing = ADOPTED_PROVIDERS.flatMap((provider) => {
      const { beforeNormalise, afterNormalise } = fixesFor(provider);
      return [...beforeNormalise, ...afterNormalise].flatMap((fix) =>
        (fix.evidence ?? [])
          .filter((file) => !existsSync(join(recorded ?? "", file)))
          .map((file) => `${fix.name}: ${file}`),
      );
    });
    expect(missing).toEqual([]);
  });
});
