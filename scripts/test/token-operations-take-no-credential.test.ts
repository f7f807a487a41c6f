import { expect, it } from "vitest";
import { openTokenEndpoints } from "../src/specs/adopt/fixes/common.js";
import { dig, docWith } from "./helpers-adopt.js";

it("token operations take no credential while others keep theirs", () => {
  const doc = docWith({
    "/token": { post: { operationId: "getToken", responses: {} } },
    "/revoke": { post: { operationId: "revoke", security: [], responses: {} } },
    "/me": { get: { operationId: "me", security: [{ bearer: [] }], responses: {} } },
  });
  const where = openTokenEndpoints(["getToken", "revoke"]).apply(doc);
  expect(dig(doc.paths, "/token", "post", "security")).toEqual([]);
  expect(dig(doc.paths, "/me", "get", "security")).toEqual([{ bearer: [] }]);
  expect(where).toEqual(["POST /token"]);
});
