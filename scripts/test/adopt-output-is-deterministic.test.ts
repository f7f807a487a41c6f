import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adoptFixes as dynuFixes } from "../../specs/dynu/adopt-fixes.js";
import {
  adoptVendorDocument,
  renderDifferences,
  serializeDocument,
} from "../src/specs/adopt/index.js";
import { minimalProse, proseHeavyVendorDoc } from "./helpers-adopt.js";

/** Rebuilds every object with its keys in a permuted order (arrays keep their order: it is meaningful). */
function permuteKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => permuteKeys(v, seed + i + 1));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const rotated = entries.map((_, i) => entries[(i * 7 + seed) % entries.length]!);
  const unique =
    [...new Map(rotated).keys()].length === entries.length ? rotated : [...entries].reverse();
  return Object.fromEntries(unique.map(([k, v]) => [k, permuteKeys(v, seed + k.length)]));
}

async function dynuLikeDoc(): Promise<Record<string, unknown>> {
  // A fixture with several Dynu fixes in play, so the reported differences are non-trivial.
  const text = await readFile(new URL("./fixtures/adopt/dynu-like.json", import.meta.url), "utf8");
  return JSON.parse(text) as Record<string, unknown>;
}

describe("adopt output is deterministic", () => {
  it("the same input gives byte-identical YAML and differences", async () => {
    const vendor = await dynuLikeDoc();
    const one = adoptVendorDocument(vendor, "dynu", dynuFixes, minimalProse());
    const two = adoptVendorDocument(vendor, "dynu", dynuFixes, minimalProse());
    expect(serializeDocument(two.document)).toBe(serializeDocument(one.document));
    expect(renderDifferences("dynu", two.differences)).toBe(
      renderDifferences("dynu", one.differences),
    );
    expect(one.differences.length).toBeGreaterThan(3);
  });

  it("the key order of the vendor document does not change a byte of the output", async () => {
    const vendors = [proseHeavyVendorDoc(), await dynuLikeDoc()];
    const expected = vendors.map((v) => {
      const adopted = adoptVendorDocument(v, "dynu", dynuFixes, minimalProse());
      return serializeDocument(adopted.document) + renderDifferences("dynu", adopted.differences);
    });
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1), (seed, which) => {
        const adopted = adoptVendorDocument(
          permuteKeys(vendors[which], seed) as Record<string, unknown>,
          "dynu",
          dynuFixes,
          minimalProse(),
        );
        expect(
          serializeDocument(adopted.document) + renderDifferences("dynu", adopted.differences),
        ).toBe(expected[which]);
      }),
      { numRuns: 60 },
    );
  });

  it("adopting does not modify the vendor document it was given", async () => {
    const vendor = await dynuLikeDoc();
    const before = JSON.stringify(vendor);
    adoptVendorDocument(vendor, "dynu", dynuFixes, minimalProse());
    expect(JSON.stringify(vendor)).toBe(before);
  });
});
