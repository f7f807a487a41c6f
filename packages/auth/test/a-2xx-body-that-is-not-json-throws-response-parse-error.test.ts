import { afterAll, beforeAll, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { ProviderClientError } from "../src/errors/provider-client-error.js";
import { ResponseParseError } from "../src/errors/response-parse-error.js";
import { startCannedAnswerServer } from "./support/canned-answer-server.js";

const html =
  "<html>\n<head><title>200 OK</title></head>\n<body>token=sk_live_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c</body></html>";
let server: Awaited<ReturnType<typeof startCannedAnswerServer>>;
beforeAll(async () => {
  server = await startCannedAnswerServer({ status: 200, contentType: "text/html", body: html });
});
afterAll(() => server.close());

const operations = {
  getItem: { method: "get", path: "/items/{id}", security: [{ key: [] }] },
} as const;

function client(throwOnError: boolean) {
  const auth = apiKeyAuth({
    provider: "fake",
    key: "secret-key-1",
    header: "API-Key",
    schemes: ["key"],
  });
  const definition = { provider: "fake", defaultBaseUrl: server.url, operations };
  // biome-ignore lint/suspicious/noExplicitAny: the test talks to untyped paths.
  return createProviderClient<any, typeof operations>(definition, {
    auth,
    retry: false,
    throwOnError,
  });
}

it("an HTML 200 is a ResponseParseError naming status, content type and operation, in both modes", async () => {
  for (const throwOnError of [false, true]) {
    const error = await client(throwOnError)
      .op.getItem({ params: { path: { id: 7 } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toBeInstanceOf(ProviderClientError);
    const parse = error as ResponseParseError;
    expect(parse).toMatchObject({
      name: "ResponseParseError",
      code: "response_parse_error",
      status: 200,
      contentType: "text/html",
      operation: "getItem",
      method: "GET",
      url: `${server.url}/items/7`,
    });
    expect(parse.message).toBe(
      `GET ${server.url}/items/7: fake API answered HTTP 200 (text/html) for getItem with a body that is not JSON: "<html> <head><title>200 OK</tit…"`,
    );
    expect(parse.cause).toBeInstanceOf(SyntaxError);
  }
});

it("quotes at most a short prefix of the body, with token-like runs masked, and never the key", async () => {
  server.answer = {
    status: 200,
    contentType: "text/plain",
    body: "sk_live_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c is not JSON",
  };
  const error = (await client(false)
    .GET("/items/{id}", { params: { path: { id: 1 } } })
    .catch((e: unknown) => e)) as ResponseParseError;
  expect(error.bodyPrefix).toBe("*** is not JSON");
  expect(error.operation).toBe("getItem");
  for (const text of [error.message, JSON.stringify(error), String(error.stack)]) {
    expect(text).not.toContain("4f9a8b7c6d5e");
    expect(text).not.toContain("secret-key-1");
  }
  server.answer = { status: 200, contentType: "text/html", body: html };
});

it("a JSON content type with a cut-off body is refused the same way; valid JSON and empty 2xx bodies pass", async () => {
  server.answer = { status: 200, contentType: "application/json", body: '{"id": 7, "na' };
  const cut = await client(false)
    .GET("/items/{id}", { params: { path: { id: 7 } } })
    .catch((e: unknown) => e);
  expect(cut).toBeInstanceOf(ResponseParseError);
  expect((cut as ResponseParseError).contentType).toBe("application/json");

  server.answer = { status: 200, contentType: "application/json", body: '{"id": 7}' };
  expect((await client(false).GET("/items/{id}", { params: { path: { id: 7 } } })).data).toEqual({
    id: 7,
  });
  server.answer = { status: 200 };
  expect(
    (await client(false).GET("/items/{id}", { params: { path: { id: 7 } } })).data,
  ).toBeUndefined();
  server.answer = { status: 200, contentType: "text/html", body: html };
});

it("a call that asked for text gets the HTML as text, unparsed", async () => {
  const { data } = await client(false).GET("/items/{id}", {
    params: { path: { id: 7 } },
    parseAs: "text",
  });
  expect(data).toBe(html);
});
