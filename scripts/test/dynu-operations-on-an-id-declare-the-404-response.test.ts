import { expect, it } from "vitest";
import { declareNotFoundResponses } from "../../specs/dynu/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

const ok = { "200": { $ref: "#/components/responses/200" } };
const notFound = { description: "Not Found" };

it("every operation with an id in its path references the 404 response; others stay as they are", () => {
  const doc = docWith(
    {
      "/dns": { get: { responses: { ...ok } }, post: { responses: { ...ok } } },
      "/dns/{id}": { get: { responses: { ...ok } }, delete: { responses: { ...ok } } },
      "/dns/{id}/record/{dnsRecordId}": { post: { responses: { ...ok } } },
      "/dns/record/{hostname}": { get: { responses: { ...ok } } },
    },
    { responses: { "200": { description: "OK" }, "404": notFound } },
  );
  expect(declareNotFoundResponses.apply(doc)).toEqual([
    "GET /dns/{id}",
    "DELETE /dns/{id}",
    "POST /dns/{id}/record/{dnsRecordId}",
  ]);
  const wanted = { $ref: "#/components/responses/404" };
  expect(dig(doc.paths, "/dns/{id}", "delete", "responses", "404")).toEqual(wanted);
  expect(dig(doc.paths, "/dns/{id}/record/{dnsRecordId}", "post", "responses", "404")).toEqual(
    wanted,
  );
  // Collections and lookups by hostname name no id, so nothing says they answer 404.
  expect(dig(doc.paths, "/dns", "get", "responses", "404")).toBeUndefined();
  expect(dig(doc.paths, "/dns/record/{hostname}", "get", "responses", "404")).toBeUndefined();
  expect(declareNotFoundResponses.apply(doc)).toEqual([]);
});

it("does nothing when the document has no 404 response component to point at", () => {
  const doc = docWith({ "/dns/{id}": { get: { responses: { ...ok } } } }, { responses: {} });
  expect(declareNotFoundResponses.apply(doc)).toEqual([]);
  expect(dig(doc.paths, "/dns/{id}", "get", "responses", "404")).toBeUndefined();
});
