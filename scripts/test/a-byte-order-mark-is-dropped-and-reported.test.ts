import { expect, it } from "vitest";
import { adoptFixes as dnsimpleFixes } from "../../specs/dnsimple/adopt-fixes.js";
import { adoptVendorText } from "../src/specs/adopt/index.js";
import { minimalProse } from "./helpers-adopt.js";

it("a byte-order mark is dropped and reported as the first difference", () => {
  const body = JSON.stringify({
    openapi: "3.0.0",
    info: { version: "1" },
    paths: { "/p": { get: { operationId: "p", responses: {} } } },
  });
  const withBom = adoptVendorText(
    `\uFEFF${body}`,
    "v.json",
    "dnsimple",
    dnsimpleFixes,
    minimalProse(),
  );
  const without = adoptVendorText(body, "v.json", "dnsimple", dnsimpleFixes, minimalProse());
  expect(withBom.differences[0]?.name).toBe("dropByteOrderMark");
  expect(without.differences.map((d) => d.name)).not.toContain("dropByteOrderMark");
  expect(withBom.document).toEqual(without.document);
});
