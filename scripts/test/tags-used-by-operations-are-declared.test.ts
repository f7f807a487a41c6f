import { expect, it } from "vitest";
import { declareUsedTags } from "../src/specs/adopt/fixes/common.js";
import { docWith } from "./helpers-adopt.js";

it("tags used by operations but missing from the tag list are declared in first-use order", () => {
  const doc = {
    ...docWith({ "/a": { get: { tags: ["dns", "group", "limit"], responses: {} } } }),
    tags: [{ name: "dns" }],
  };
  expect(declareUsedTags.apply(doc)).toEqual(["/tags (group)", "/tags (limit)"]);
  expect(doc.tags).toEqual([{ name: "dns" }, { name: "group" }, { name: "limit" }]);
  expect(declareUsedTags.apply(doc)).toEqual([]);
});
