import { expect, it } from "vitest";
import { declareEmailForwardActive } from "../../specs/dnsimple/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

it("DNSimple EmailForward.active, required but undeclared, is declared as a boolean", () => {
  const doc = docWith(
    {},
    {
      schemas: {
        EmailForward: {
          type: "object",
          required: ["id", "active"],
          properties: { id: { type: "integer" } },
        },
      },
    },
  );
  expect(declareEmailForwardActive.apply(doc)).toEqual([
    "/components/schemas/EmailForward/properties/active",
  ]);
  expect(dig(doc.components, "schemas", "EmailForward", "properties", "active")).toEqual({
    type: "boolean",
  });
  expect(declareEmailForwardActive.apply(doc)).toEqual([]);
});
