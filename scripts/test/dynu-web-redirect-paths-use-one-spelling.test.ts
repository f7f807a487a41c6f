import { expect, it } from "vitest";
import { unifyWebRedirectPaths } from "../../specs/dynu/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

it("Dynu web-redirect paths use the webRedirect spelling, keeping operations and order", () => {
  const list = { get: { operationId: "list", responses: {} } };
  const item = { get: { operationId: "one", responses: {} } };
  const doc = docWith({
    "/dns/{id}/webredirect": list,
    "/dns/{id}/webRedirect/{webRedirectId}": item,
    "/ping": {},
  });
  expect(unifyWebRedirectPaths.apply(doc)).toEqual([
    "/paths/~1dns~1{id}~1webredirect -> /paths/~1dns~1{id}~1webRedirect",
  ]);
  expect(Object.keys(doc.paths as object)).toEqual([
    "/dns/{id}/webRedirect",
    "/dns/{id}/webRedirect/{webRedirectId}",
    "/ping",
  ]);
  expect(dig(doc.paths, "/dns/{id}/webRedirect")).toBe(list);
  expect(unifyWebRedirectPaths.apply(doc)).toEqual([]);
});

it("a rename that would overwrite an existing path is a clear error", () => {
  const doc = docWith({ "/dns/{id}/webredirect": {}, "/dns/{id}/webRedirect": {} });
  expect(() => unifyWebRedirectPaths.apply(doc)).toThrow(/already exists/);
});
