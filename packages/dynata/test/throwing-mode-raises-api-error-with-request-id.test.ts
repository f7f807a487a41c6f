import { afterEach, beforeEach, expect, test } from "vitest";
import { ApiError } from "../src/index.js";
import { type DynataFixture, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("with throwOnError a 404 throws ApiError with status, the vendor body and its requestId", async () => {
  const client = fx.client({ throwOnError: true });
  const failure = await client
    .GET("/sample/v1/projects/{extProjectId}", { params: { path: { extProjectId: "missing" } } })
    .catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(ApiError);
  const error = failure as ApiError;
  expect(error.status).toBe(404);
  expect(error.body).toMatchObject({ httpCode: 404, path: "/sample/v1/projects/missing" });
  const requestId = (error.body as { requestId: string }).requestId;
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(error.requestId).toBe(requestId);
  expect(error.message).toContain(requestId);
});

test("without throwOnError the same answer comes back as a typed error value", async () => {
  const client = fx.client();
  const { data, error, response } = await client.GET("/sample/v1/projects/{extProjectId}", {
    params: { path: { extProjectId: "missing" } },
  });
  expect(data).toBeUndefined();
  expect(response.status).toBe(404);
  expect(error?.errors?.[0]?.message).toBe("project not found.");
});
