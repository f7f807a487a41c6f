import { describe, expect, it } from "vitest";
import { adoptFixes as dnsimpleFixes } from "../../specs/dnsimple/adopt-fixes.js";
import { adoptVendorDocument, serializeDocument } from "../src/specs/adopt/index.js";
import { dig, minimalProse, proseHeavyVendorDoc } from "./helpers-adopt.js";

describe("adopt drops vendor prose and examples", () => {
  const { document } = adoptVendorDocument(
    proseHeavyVendorDoc(),
    "dnsimple",
    dnsimpleFixes,
    minimalProse(),
  );
  const text = serializeDocument(document);

  it("leaves none of the vendor's words, samples or extensions in the output", () => {
    for (const vendorText of [
      "Vendor",
      "sample",
      "x-vendor",
      "externalDocs",
      "contact",
      "Sample",
    ]) {
      expect(text).not.toContain(vendorText);
    }
    expect(text).not.toMatch(/^ {4,}(examples|title):/m);
    // The one `example:` key left is the schema property of that name.
    expect(text.match(/^\s*example:/gm)).toHaveLength(1);
  });

  it("keeps properties whose names look like prose keywords, with their facts", () => {
    const thing = dig(document.components, "schemas", "Thing");
    expect(Object.keys(dig(thing, "properties") as object)).toEqual([
      "description",
      "example",
      "summary",
      "x-field",
    ]);
    expect(dig(thing, "properties", "description")).toEqual({ type: "string" });
    expect(dig(thing, "properties", "example")).toEqual({ type: "integer", format: "int32" });
    expect(dig(thing, "required")).toEqual(["description", "summary"]);
  });

  it("keeps the parameter facts and the API version, with our title", () => {
    const op = dig(document.paths, "/things/{id}", "get");
    expect(dig(op, "parameters")).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string" } },
    ]);
    expect(document.info).toEqual({
      title: "Our title",
      description: "Our description.",
      version: "9.9",
    });
    expect(document.servers).toEqual([{ url: "https://api.vendor.example" }]);
    expect(document.tags).toEqual([{ name: "things" }]);
  });
});
