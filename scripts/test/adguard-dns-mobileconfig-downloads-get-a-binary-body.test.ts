import { expect, it } from "vitest";
import { declareMobileconfigBodies } from "../../specs/adguard-dns/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

it("AdGuard .mobileconfig downloads without content get an Apple profile binary body", () => {
  const doc = docWith({
    "/devices/{id}/doh.mobileconfig": { get: { responses: { "200": { description: "x" } } } },
    "/devices/{id}": { get: { responses: { "200": { description: "x" } } } },
  });
  expect(declareMobileconfigBodies.apply(doc)).toEqual([
    "GET /devices/{id}/doh.mobileconfig (/paths/~1devices~1{id}~1doh.mobileconfig/get/responses/200)",
  ]);
  expect(
    dig(doc.paths, "/devices/{id}/doh.mobileconfig", "get", "responses", "200", "content"),
  ).toEqual({
    "application/x-apple-aspen-config": {
      schema: {
        type: "string",
        format: "binary",
        contentMediaType: "application/x-apple-aspen-config",
      },
    },
  });
  expect(dig(doc.paths, "/devices/{id}", "get", "responses", "200", "content")).toBeUndefined();
});
