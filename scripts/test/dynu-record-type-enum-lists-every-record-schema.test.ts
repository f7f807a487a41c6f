import { expect, it } from "vitest";
import { completeRecordTypeEnum } from "../../specs/dynu/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

it("Dynu recordType enum gains the types that have a record schema but were missing", () => {
  const doc = docWith(
    {},
    {
      schemas: {
        "DNS.dnsRecord": {
          type: "object",
          properties: { recordType: { type: "string", enum: ["A", "PF"] } },
        },
        "DNS.dnsRecordA": {},
        "DNS.dnsRecordSRV": {},
        "DNS.dnsRecordTLSA": {},
      },
    },
  );
  expect(completeRecordTypeEnum.apply(doc)).toEqual([
    "/components/schemas/DNS.dnsRecord/properties/recordType/enum",
  ]);
  // Only types with a schema are added; existing values (even odd ones) are kept.
  expect(
    dig(doc.components, "schemas", "DNS.dnsRecord", "properties", "recordType", "enum"),
  ).toEqual(["A", "PF", "SRV", "TLSA"]);
  expect(completeRecordTypeEnum.apply(doc)).toEqual([]);
});
