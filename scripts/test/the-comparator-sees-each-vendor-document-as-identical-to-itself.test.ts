import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../src/diff/index.js";
import { adoptedProviders } from "../src/specs/adopt/index.js";
import { loadVendorDocument } from "../src/specs/conformance.js";
import { upstreamDirOrWarn } from "./helpers-upstream.js";

describe("the comparator sees each vendor document as identical to itself", () => {
  for (const { name, vendorFile } of adoptedProviders) {
    it(name, async () => {
      const upstreamDir = upstreamDirOrWarn();
      if (!upstreamDir) return;
      const file = path.join(upstreamDir, vendorFile);
      const [a, b] = await Promise.all([loadVendorDocument(file), loadVendorDocument(file)]);
      expect(Object.keys(a.paths as object).length).toBeGreaterThan(0);
      expect(compareDocuments(a, b, { oldFile: file, newFile: file })).toEqual({
        bump: "none",
        changes: [],
      });
    });
  }
});
