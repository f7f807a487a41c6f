import { expect, it } from "vitest";
import { operationIndex } from "../src/client/operation-index.js";
import type { OperationMap } from "../src/client/types.js";
import { credentialRule } from "../src/middleware/credential-rule.js";

const key = [{ apiKey: [] }] as const;
const none = [] as const;
const operations = {
  listItems: { method: "get", path: "/items", security: key },
  getItem: { method: "get", path: "/items/{id}", security: key },
  ping: { method: "get", path: "/ping", security: none },
  token: { method: "post", path: "/oauth/token", security: none },
  createItem: { method: "post", path: "/items", security: key },
  publicFile: { method: "get", path: "/files/{name}/public", security: none },
  fileMeta: { method: "get", path: "/files/meta/public", security: key },
} satisfies OperationMap;

/** The client's two questions, both answered by the one rule: by spec path, and by sent request. */
function routesFor(baseUrl: string) {
  const index = operationIndex(operations, baseUrl);
  const carries = credentialRule(index.securityOf, ["apiKey"]);
  return {
    byPath: carries,
    byRequest: (request: Request) => carries(request.method, index.specPathOf(request)),
  };
}
const table = routesFor("https://API.example.com/v2/");
const get = (path: string, method = "GET") =>
  table.byRequest(new Request(`https://api.example.com/v2${path}`, { method }));

it("sends the credential to operations that ask for it, by spec path and by URL", () => {
  expect(table.byPath("GET", "/items/{id}")).toBe(true);
  expect(get("/items/42?expand=1")).toBe(true);
  expect(get("/items", "POST")).toBe(true);
});

it("keeps it from public operations and token endpoints, whatever the query", () => {
  expect(table.byPath("GET", "/ping")).toBe(false);
  expect(table.byPath("POST", "/oauth/token")).toBe(false);
  expect(get("/ping?x=1#top")).toBe(false);
  expect(get("/oauth/token", "POST")).toBe(false);
});

it("matches a templated public path, but a literal path of another operation wins", () => {
  expect(get("/files/report.pdf/public")).toBe(false);
  expect(get("/files/meta/public")).toBe(true);
});

it("sends it when the request is for no known operation (another path, origin or method)", () => {
  expect(get("/unknown")).toBe(true);
  expect(table.byPath("GET", "/unknown")).toBe(true);
  expect(table.byRequest(new Request("https://elsewhere.example/v2/ping"))).toBe(true);
  expect(table.byRequest(new Request("https://api.example.com/v2ping"))).toBe(true);
  expect(get("/ping", "DELETE")).toBe(true);
});

it("accepts a base URL it cannot resolve (relative, outside a page) and then sends it everywhere", () => {
  const relative = routesFor("/v2");
  expect(relative.byRequest(new Request("https://api.example.com/v2/ping"))).toBe(true);
  expect(relative.byPath("GET", "/ping")).toBe(false);
});
