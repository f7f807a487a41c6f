import { expect, it } from "vitest";
import { plainStringDnsProtoType } from "../../specs/adguard-dns/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

it("AdGuard DnsProtoType (object plus string-enum oneOf) becomes one plain string enum", () => {
  const doc = docWith(
    {},
    {
      schemas: {
        DnsProtoType: {
          type: "object",
          oneOf: [
            { $ref: "#/components/schemas/Secure" },
            { $ref: "#/components/schemas/Regular" },
          ],
          properties: { value: { type: "integer" } },
          required: ["value"],
        },
        Secure: { type: "string", enum: ["DOH", "DOT"] },
        Regular: { type: "string", enum: ["DNS", "DOT"] },
      },
    },
  );
  expect(plainStringDnsProtoType.apply(doc)).toEqual(["/components/schemas/DnsProtoType"]);
  expect(dig(doc.components, "schemas", "DnsProtoType")).toEqual({
    type: "string",
    enum: ["DOH", "DOT", "DNS"],
  });
  expect(plainStringDnsProtoType.apply(doc)).toEqual([]);
});
