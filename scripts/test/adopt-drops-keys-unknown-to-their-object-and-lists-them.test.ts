import { expect, it } from "vitest";
import { adoptFixes as dnsimpleFixes } from "../../specs/dnsimple/adopt-fixes.js";
import { adoptVendorDocument, serializeDocument } from "../src/specs/adopt/index.js";
import { minimalProse } from "./helpers-adopt.js";

// A vendor document carrying bundler bait under keys no OpenAPI object defines.
const poisoned = () => ({
  openapi: "3.0.1",
  info: { title: "Vendor", version: "2.0" },
  paths: {
    "/things": {
      get: {
        operationId: "listThings",
        notes: { externalValue: "file:///etc/shadow" },
        responses: {
          "200": {
            description: "ok",
            mirror: { $ref: "https://attacker.example/response.json" },
            content: { "application/json": { schema: { type: "object" }, sampleRef: "x" } },
          },
        },
      },
    },
  },
  components: { stash: { externalValue: "https://attacker.example/c" } },
});

it("drops keys unknown to the object they sit in and lists each one in the differences", () => {
  const { document, differences } = adoptVendorDocument(
    poisoned(),
    "dnsimple",
    dnsimpleFixes,
    minimalProse(),
  );
  const text = serializeDocument(document);
  for (const bait of ["externalValue", "attacker.example", "etc/shadow", "sampleRef", "mirror"]) {
    expect(text).not.toContain(bait);
  }
  const dropped = differences.find((difference) => difference.name === "dropUnknownKeys");
  expect(dropped?.where).toEqual([
    "/paths/~1things/get/notes",
    "/paths/~1things/get/responses/200/mirror",
    "/paths/~1things/get/responses/200/content/application~1json/sampleRef",
    "/components/stash",
  ]);
  // Facts stay: the operation and its response schema are still there.
  expect(text).toContain("operationId: listThings");
});
