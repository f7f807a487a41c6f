import { expect, it } from "vitest";
import {
  renderStaticClient,
  renderStaticCredentials,
} from "../src/generate/render-static-client.js";
import type { CredentialDeclaration, ProviderEntry } from "../src/providers/registry.js";

const entry = (credential: CredentialDeclaration): ProviderEntry => ({
  name: "example",
  title: "Example",
  package: "@provider-clients/example",
  summary: "An example.",
  kind: "hand-written",
  upstream: [],
  servers: ["https://api.example.test"],
  docs: "https://api.example.test",
  license: "ours",
  defaultBaseUrl: "https://api.example.test",
  exports: {
    client: "createExampleClient",
    auth: "exampleAuth",
    fakeServer: "startFakeExampleServer",
  },
  probe: "list",
  credentials: [credential],
  pagination: "none",
  errors: "#/components/schemas/Problem",
  generatedClient: true,
});
const schemes = {
  key: { type: "apiKey", in: "header", name: "X-Api-Key" },
  query: { type: "apiKey", in: "query", name: "key" },
  cookie: { type: "apiKey", in: "cookie", name: "session" },
  bearer: { type: "http", scheme: "bearer" },
};
const render =
  (credential: Omit<CredentialDeclaration, "kind"> & { kind?: "static" | "managed" }) => () => {
    const declared = entry({ kind: "static", ...credential });
    return renderStaticCredentials(declared, schemes) + renderStaticClient(declared);
  };

it("writes each static builder with the wire's header and prefix", () => {
  const declared = entry({
    builder: "apiKey",
    kind: "static",
    scheme: "key",
    wire: "X-Api-Key: <key>",
  });
  const source = renderStaticCredentials(declared, schemes) + renderStaticClient(declared);
  expect(source).toContain('header: "X-Api-Key"');
  expect(source).toContain("export const exampleAuth = {\n  apiKey: exampleApiKey,\n}");
  expect(source).toContain("export function createExampleClient(");
  const bearer = renderStaticCredentials(
    entry({
      builder: "token",
      kind: "static",
      scheme: "bearer",
      wire: "Authorization: Bearer <t>",
    }),
    schemes,
  );
  expect(bearer).toContain("bearerAuth({ provider, token: secret");
});

it("writes a query key's builder with queryKeyAuth and the scheme's parameter", () => {
  const declared = entry({
    builder: "apiKey",
    kind: "static",
    scheme: "query",
    wire: "?key=<key>",
  });
  const source = renderStaticCredentials(declared, schemes);
  expect(source).toContain(
    'import { queryKeyAuth, type Secret, type StaticAuth } from "@provider-clients/auth";',
  );
  expect(source).toContain(
    'return queryKeyAuth({ provider, key: secret, param: "key", schemes: ["query"] });',
  );
  expect(renderStaticClient(declared)).toContain(
    "export const exampleAuth = {\n  apiKey: exampleApiKey,\n}",
  );
});

it("refuses a header or query parameter the scheme does not name, a cookie key, a missing scheme and a managed credential", () => {
  expect(render({ builder: "apiKey", scheme: "key", wire: "API-Key: <key>" })).toThrow(
    'the spec\'s header is "X-Api-Key", the wire says "API-Key"',
  );
  expect(render({ builder: "apiKey", scheme: "query", wire: "X-Api-Key: <key>" })).toThrow(
    'the spec sends the key as a query parameter, declare it as "?key=<key>"',
  );
  expect(render({ builder: "apiKey", scheme: "query", wire: "?Key=<key>" })).toThrow(
    'declare it as "?key=<key>"',
  );
  expect(render({ builder: "apiKey", scheme: "key", wire: "?X-Api-Key=<key>" })).toThrow(
    'the spec\'s header is "X-Api-Key", the wire says "?X-Api-Key=<key>"',
  );
  expect(render({ builder: "token", scheme: "bearer", wire: "?access_token=<t>" })).toThrow(
    'an http bearer scheme is sent as "Authorization: bearer <secret>"',
  );
  expect(render({ builder: "apiKey", scheme: "cookie", wire: "?session=<key>" })).toThrow(
    "only header and query API keys can be declared, the spec says in: cookie",
  );
  expect(render({ builder: "apiKey", scheme: "query", wire: "?key=<key>&x=1" })).toThrow(
    'is not "Header: [Prefix ]<secret>" or "?param=<secret>"',
  );
  expect(render({ builder: "apiKey", scheme: "nope", wire: "X-Api-Key: <key>" })).toThrow(
    "the spec declares no such security scheme",
  );
  expect(render({ builder: "token", scheme: "bearer", wire: "Authorization: Token <t>" })).toThrow(
    'an http bearer scheme is sent as "Authorization: bearer <secret>"',
  );
  expect(
    render({
      builder: "cc",
      kind: "managed",
      scheme: "bearer",
      wire: "Authorization: Bearer <t>",
      grant: "x",
    }),
  ).toThrow('credential "cc" is managed');
});
