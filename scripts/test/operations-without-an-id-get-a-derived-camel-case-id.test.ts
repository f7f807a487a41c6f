import { expect, it } from "vitest";
import { deriveMissingOperationIds, operationIdFor } from "../src/specs/adopt/fixes/common.js";
import { dig, docWith } from "./helpers-adopt.js";

it("operations without an id get a derived camelCase id, unique in the document", () => {
  expect(operationIdFor("get", "/dns/{id}/record")).toBe("getDnsByIdRecord");
  expect(operationIdFor("POST", "/oapi/v1/dns_servers/{dns_server_id}/settings")).toBe(
    "postOapiV1DnsServersByDnsServerIdSettings",
  );
  const doc = docWith({
    "/dns/{id}/record": {
      get: { responses: {} },
      post: { operationId: "getDnsByIdRecord", responses: {} },
    },
  });
  const where = deriveMissingOperationIds.apply(doc);
  expect(dig(doc.paths, "/dns/{id}/record", "get", "operationId")).toBe("getDnsByIdRecord2");
  expect(where).toEqual(["GET /dns/{id}/record -> getDnsByIdRecord2"]);
  expect(deriveMissingOperationIds.apply(doc)).toEqual([]);
});
