// The scaffold's credential declarations, without a repository copy: what `--auth` and auto-detection make of a spec's schemes.
import { expect, it } from "vitest";
import { declareCredentials } from "../src/scaffold/declare-credentials.js";
import { findProbe } from "../src/scaffold/read-new-spec.js";

const spec = (securitySchemes: Record<string, unknown>) => ({ components: { securitySchemes } });
const header = { type: "apiKey", in: "header", name: "X-Key" };
const query = { type: "apiKey", in: "query", name: "api_key" };
const bearer = { type: "http", scheme: "bearer" };

it("detects a query key when the spec has no header key, and declares it as ?param=<key>", () => {
  expect(declareCredentials(spec({ q: query, b: bearer }), [])).toEqual([
    { builder: "apiKey", kind: "static", scheme: "q", wire: "?api_key=<key>" },
    { builder: "bearerToken", kind: "static", scheme: "b", wire: "Authorization: Bearer <token>" },
  ]);
});

it("prefers the header when the spec takes the same key in a header or the query", () => {
  expect(declareCredentials(spec({ q: query, h: header }), [])).toEqual([
    { builder: "apiKey", kind: "static", scheme: "h", wire: "X-Key: <key>" },
  ]);
});

it("takes a query key named by --auth, and refuses a prefix for it or a second key", () => {
  expect(declareCredentials(spec({ q: query, h: header }), ["appKey:q"])).toEqual([
    { builder: "appKey", kind: "static", scheme: "q", wire: "?api_key=<key>" },
  ]);
  expect(() => declareCredentials(spec({ q: query }), ["appKey:q:Token"])).toThrow(
    'security scheme "q" is a query key: it takes no prefix',
  );
  expect(() => declareCredentials(spec({ q: query, h: header }), ["a:q", "b:h"])).toThrow(
    "more than one non-bearer credential (a, b): the fake checks one API key",
  );
  expect(() =>
    declareCredentials(spec({ c: { type: "apiKey", in: "cookie", name: "s" } }), ["s:c"]),
  ).toThrow('security scheme "c" (apiKey in cookie) is not a static header or query credential');
});

it("probes the first parameterless GET that needs a credential, skipping public ones", () => {
  const ok = { responses: {} };
  const doc = {
    security: [{ q: [] }],
    paths: {
      "/a-status": { get: { operationId: "status", security: [], ...ok } },
      "/b-open": { get: { operationId: "open", security: [{}, { q: [] }], ...ok } },
      "/c-items": { get: { operationId: "items", ...ok } },
    },
  };
  expect(findProbe(doc)).toEqual({ operationId: "items", path: "/c-items" });
  expect(() => findProbe({ paths: { "/x": { get: { operationId: "x", ...ok } } } })).toThrow(
    "that needs a credential to probe the API",
  );
});
