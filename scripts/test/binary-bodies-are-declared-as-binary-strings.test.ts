import { expect, it } from "vitest";
import { declareBinaryBodies } from "../src/specs/adopt/fixes/common.js";
import { dig, docWith } from "./helpers-adopt.js";

it("binary bodies are declared as binary strings with their content media type", () => {
  const doc = docWith({
    "/report": {
      get: {
        responses: {
          "200": {
            description: "OK",
            content: {
              "application/pdf": { schema: { type: "object" } },
              "application/octet-stream": {},
              "application/json": { schema: { type: "object" } },
            },
          },
        },
      },
    },
  });
  const where = declareBinaryBodies.apply(doc);
  const content = dig(doc.paths, "/report", "get", "responses", "200", "content");
  expect(dig(content, "application/pdf", "schema")).toEqual({
    type: "string",
    format: "binary",
    contentMediaType: "application/pdf",
  });
  expect(dig(content, "application/octet-stream", "schema", "contentMediaType")).toBe(
    "application/octet-stream",
  );
  expect(dig(content, "application/json", "schema")).toEqual({ type: "object" });
  expect(where).toHaveLength(2);
  expect(declareBinaryBodies.apply(doc)).toEqual([]);
});
