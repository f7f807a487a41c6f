import { expect, it } from "vitest";
import { dropInFromHttpScheme } from "../../specs/adguard-dns/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

it("HTTP security schemes lose the `in` field while apiKey schemes keep it", () => {
  const doc = docWith(
    {},
    {
      securitySchemes: {
        AuthToken: { type: "http", scheme: "Bearer", in: "header" },
        ApiKey: { type: "apiKey", in: "header", name: "Authorization" },
      },
    },
  );
  expect(dropInFromHttpScheme.apply(doc)).toEqual(["/components/securitySchemes/AuthToken"]);
  expect(dig(doc.components, "securitySchemes")).toEqual({
    AuthToken: { type: "http", scheme: "Bearer" },
    ApiKey: { type: "apiKey", in: "header", name: "Authorization" },
  });
});
