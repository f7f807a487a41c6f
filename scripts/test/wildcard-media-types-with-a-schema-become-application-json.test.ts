import { expect, it } from "vitest";
import { jsonForWildcardMediaTypes } from "../src/specs/adopt/fixes/common.js";
import { dig, docWith } from "./helpers-adopt.js";

it("wildcard media types with a schema become application/json", () => {
  const schema = { $ref: "#/components/schemas/Err" };
  const doc = docWith({
    "/a": {
      get: {
        responses: {
          "200": { description: "OK", content: { "*/*": { schema } } },
          "204": { description: "No Content", content: { "*/*": {} } },
        },
      },
      post: { requestBody: { content: { "*/*": { schema } } }, responses: {} },
    },
  });
  const where = jsonForWildcardMediaTypes.apply(doc);
  const path = dig(doc.paths, "/a");
  expect(dig(path, "get", "responses", "200", "content")).toEqual({
    "application/json": { schema },
  });
  // Without a schema nothing says the body is JSON, so it stays as it is.
  expect(dig(path, "get", "responses", "204", "content")).toEqual({ "*/*": {} });
  expect(dig(path, "post", "requestBody", "content")).toEqual({ "application/json": { schema } });
  expect(where).toEqual([
    "/paths/~1a/get/responses/200/content/*~1*",
    "/paths/~1a/post/requestBody/content/*~1*",
  ]);
  expect(jsonForWildcardMediaTypes.apply(doc)).toEqual([]);
});
