import { expect, it } from "vitest";
import { dropRefSiblings, dropResponseLevelExamples } from "../../specs/dynu/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

it("Dynu response-level examples and keys beside $ref are removed", () => {
  const doc = docWith(
    {
      "/a": {
        post: {
          requestBody: {
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/X", example: { a: 1 } } },
            },
          },
          responses: { "200": { $ref: "#/components/responses/ok" } },
        },
      },
    },
    {
      responses: { ok: { description: "d", examples: { Success: { statusCode: 200 } } } },
      schemas: {
        X: {
          type: "object",
          properties: { e: { type: "object", $ref: "#/components/schemas/Y" } },
        },
        Y: {},
      },
    },
  );
  expect(dropResponseLevelExamples.apply(doc)).toEqual(["/components/responses/ok/examples"]);
  expect(dropRefSiblings.apply(doc)).toEqual([
    "/paths/~1a/post/requestBody/content/application~1json/schema/example",
    "/components/schemas/X/properties/e/type",
  ]);
  expect(dig(doc.components, "responses", "ok")).toEqual({ description: "d" });
  expect(dig(doc.components, "schemas", "X", "properties", "e")).toEqual({
    $ref: "#/components/schemas/Y",
  });
});
