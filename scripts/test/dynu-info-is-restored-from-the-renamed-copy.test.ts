import { expect, it } from "vitest";
import { restoreInfo } from "../../specs/dynu/adopt-fixes.js";

it("Dynu info is restored from COMMENTEDinfo (version only) and the renamed key removed", () => {
  const doc: Record<string, unknown> = {
    openapi: "3.0.0",
    paths: {},
    COMMENTEDinfo: { title: "Vendor", version: "2.0.0", description: "words" },
  };
  expect(restoreInfo.apply(doc)).toEqual(["/info", "/COMMENTEDinfo"]);
  expect(doc.info).toEqual({ version: "2.0.0" });
  expect("COMMENTEDinfo" in doc).toBe(false);
  expect(restoreInfo.apply(doc)).toEqual([]);
});
