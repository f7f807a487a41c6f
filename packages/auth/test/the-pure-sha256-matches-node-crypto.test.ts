import { createHash } from "node:crypto";
import fc from "fast-check";
import { expect, it } from "vitest";
import { sha256 } from "../src/oauth/sha256.js";

it("gives the same digest as node:crypto for any input, padding boundaries included", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const expected = createHash("sha256").update(bytes).digest("hex");
      expect(Buffer.from(sha256(bytes)).toString("hex")).toBe(expected);
    }),
    { numRuns: 500 },
  );
  for (const length of [0, 55, 56, 63, 64, 65, 119, 120, 128]) {
    const bytes = new Uint8Array(length).fill(0x61);
    expect(Buffer.from(sha256(bytes)).toString("hex")).toBe(
      createHash("sha256").update(bytes).digest("hex"),
    );
  }
});
