import { expect, it } from "vitest";
import { declareRecordTtl } from "../../specs/dynu/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

it("DNS.dnsRecord gains an int32 ttl once, keeping its other properties", () => {
  const doc = docWith(
    {},
    {
      schemas: {
        "DNS.dnsRecord": { type: "object", properties: { nodeName: { type: "string" } } },
      },
    },
  );
  expect(declareRecordTtl.apply(doc)).toEqual(["/components/schemas/DNS.dnsRecord/properties/ttl"]);
  expect(dig(doc.components, "schemas", "DNS.dnsRecord", "properties")).toEqual({
    nodeName: { type: "string" },
    ttl: { type: "integer", format: "int32" },
  });
  expect(declareRecordTtl.apply(doc)).toEqual([]);
});

it("a vendor ttl, should the vendor add one, is left as the vendor wrote it", () => {
  const vendorTtl = { type: "integer", format: "int64" };
  const doc = docWith(
    {},
    { schemas: { "DNS.dnsRecord": { type: "object", properties: { ttl: vendorTtl } } } },
  );
  expect(declareRecordTtl.apply(doc)).toEqual([]);
  expect(dig(doc.components, "schemas", "DNS.dnsRecord", "properties", "ttl")).toEqual(vendorTtl);
});
