import fc from "fast-check";
import { expect, it } from "vitest";
import { constantTimeEqual } from "../src/oauth/constant-time-equal.js";

it("says equal exactly when the strings are equal, multi-byte characters included", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
      expect(constantTimeEqual(a, b)).toBe(a === b);
      expect(constantTimeEqual(a, a)).toBe(true);
    }),
  );
  expect(constantTimeEqual("é", "e\u0301")).toBe(false);
});
