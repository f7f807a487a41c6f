import { afterAll, beforeAll, expect, expectTypeOf, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { ApiError } from "../src/errors/api-error.js";
import type { EmptyErrorBody } from "../src/errors/empty-error-body.js";
import { startCannedAnswerServer } from "./support/canned-answer-server.js";

let server: Awaited<ReturnType<typeof startCannedAnswerServer>>;
beforeAll(async () => {
  server = await startCannedAnswerServer({ status: 405 });
});
afterAll(() => server.close());

interface Paths {
  "/items": {
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { "application/json": { id: number }[] };
        };
        404: {
          headers: { [name: string]: unknown };
          content: { "application/json": { message: string } };
        };
      };
    };
  };
}
const operations = { listItems: { method: "get", path: "/items", security: [] } } as const;

function client(throwOnError = false) {
  const auth = apiKeyAuth({
    provider: "fake",
    key: "secret-key-1",
    header: "API-Key",
    schemes: [],
  });
  const definition = { provider: "fake", defaultBaseUrl: server.url, operations };
  return createProviderClient<Paths, typeof operations>(definition, {
    auth,
    retry: false,
    throwOnError,
  });
}

it("an empty 405 gives an error object with the status, so `if (error)` sees it", async () => {
  const { data, error, response } = await client().GET("/items");
  expect(response.status).toBe(405);
  expect(data).toBeUndefined();
  expect(error).toEqual({ status: 405, empty: true });
  expect(Boolean(error)).toBe(true);
});

it("empty 404 and 500 answers (no content type, or JSON with no bytes) get one too", async () => {
  for (const answer of [{ status: 404 }, { status: 500, contentType: "application/json" }]) {
    server.answer = answer;
    const { error } = await client().op.listItems();
    expect(error).toEqual({ status: answer.status, empty: true });
  }
  server.answer = {
    status: 404,
    contentType: "application/json",
    body: '{"message":"no such list"}',
  };
  expect((await client().GET("/items")).error).toEqual({ message: "no such list" });
  server.answer = { status: 405 };
});

it("throwing mode raises ApiError whose message says the body was empty", async () => {
  const error = await client(true)
    .GET("/items")
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).body).toEqual({ status: 405, empty: true });
  expect((error as Error).message).toBe(
    `GET ${server.url}/items: fake API answered HTTP 405: empty body`,
  );
});

it("the types say so: error is the vendor body or an EmptyErrorBody whose vendor fields are absent", () => {
  type Result = Awaited<ReturnType<ReturnType<typeof client>["GET"]>>;
  type Failure = NonNullable<Result["error"]>;
  expectTypeOf<Extract<Failure, { empty: true }>>().toMatchTypeOf<EmptyErrorBody>();
  expectTypeOf<Extract<Failure, { empty: true }>["message"]>().toEqualTypeOf<undefined>();
  expectTypeOf<Exclude<Failure, { empty: true }>>().toEqualTypeOf<{ message: string }>();
  expectTypeOf<Failure["message"]>().toEqualTypeOf<string | undefined>();
});
