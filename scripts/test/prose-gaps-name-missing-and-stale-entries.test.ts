import { expect, it } from "vitest";
import { adoptFixes as dnsimpleFixes } from "../../specs/dnsimple/adopt-fixes.js";
import { adoptVendorDocument, findProseGaps } from "../src/specs/adopt/index.js";
import { dig, minimalProse, proseHeavyVendorDoc } from "./helpers-adopt.js";

it("prose gaps name operations without a summary and overlay entries that name nothing", () => {
  const prose = minimalProse({
    operations: { getThing: "One thing", deletedLongAgo: "Gone" },
    tags: { things: "Things." },
    servers: { "https://api.vendor.example": "Production." },
    schemas: { Thing: "A thing." },
  });
  const { document } = adoptVendorDocument(proseHeavyVendorDoc(), "dnsimple", dnsimpleFixes, prose);
  expect(findProseGaps(document, prose)).toEqual([
    'operation "deletedLongAgo" in prose.yaml does not exist in the document',
  ]);
  expect(dig(document.paths, "/things/{id}", "get", "summary")).toBe("One thing");
  expect(dig(document.components, "schemas", "Thing", "description")).toBe("A thing.");
  expect(findProseGaps(document, minimalProse())).toEqual([
    'operation "getThing" has no text',
    'tag "things" has no text',
    'server "https://api.vendor.example" has no text',
  ]);
});
