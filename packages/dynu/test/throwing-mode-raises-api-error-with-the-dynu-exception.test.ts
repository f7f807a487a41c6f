import { afterEach, expect, it } from "vitest";
import { ApiError, createDynuClient, dynuAuth, dynuExceptionOf } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

it("throws ApiError carrying status and Dynu's exception body instead of returning { error }", async () => {
  server = await startFakeDynuServer();
  const dynu = createDynuClient({
    auth: dynuAuth.apiKey(fakeDynuCredentials.apiKey),
    baseUrl: server.url,
    throwOnError: true,
  });
  const failure = await dynu
    .GET("/dns/{id}", { params: { path: { id: 4242 } } })
    .catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(ApiError);
  const error = failure as ApiError;
  expect(error.status).toBe(404);
  expect(error.method).toBe("GET");
  expect(error.url).toBe(`${server.url}/dns/4242`);
  expect(error.body).toEqual({
    statusCode: 404,
    exception: { statusCode: 404, type: "Request Exception", message: "Domain not found." },
  });
  expect(dynuExceptionOf(error)).toEqual({
    statusCode: 404,
    type: "Request Exception",
    message: "Domain not found.",
  });

  // Successes still resolve with data.
  const { data } = await dynu.GET("/dns");
  expect(data?.domains).toEqual([]);
});

it("reads the same exception from the { error } of a non-throwing call", async () => {
  server = await startFakeDynuServer();
  const dynu = createDynuClient({ auth: dynuAuth.apiKey("wrong-key"), baseUrl: server.url });
  const { error, response } = await dynu.GET("/dns");
  expect(response.status).toBe(401);
  expect(dynuExceptionOf(error)).toMatchObject({
    statusCode: 401,
    type: "Authentication Exception",
  });
  expect(dynuExceptionOf("not a body")).toBeUndefined();
});
