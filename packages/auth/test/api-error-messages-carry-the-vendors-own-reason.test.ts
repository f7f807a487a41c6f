import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import type { ApiError } from "../src/errors/api-error.js";
import { startCannedAnswerServer } from "./support/canned-answer-server.js";

let server: Awaited<ReturnType<typeof startCannedAnswerServer>>;
beforeAll(async () => {
  server = await startCannedAnswerServer({ status: 400 });
});
afterAll(() => server.close());

// A throwing-mode client on the canned server.
function api() {
  const auth = apiKeyAuth({
    provider: "fake",
    key: "secret-key-1",
    header: "API-Key",
    schemes: [],
  });
  const definition = { provider: "fake", defaultBaseUrl: server.url, operations: {} };
  // biome-ignore lint/suspicious/noExplicitAny: the test talks to untyped paths.
  return createProviderClient<any, {}>(definition, { auth, retry: false, throwOnError: true });
}

function failure(status: number, body: unknown): Promise<ApiError> {
  server.answer = { status, contentType: "application/json", body: JSON.stringify(body) };
  return api()
    .POST("/things", { body: {} })
    .then(
      () => Promise.reject(new Error("expected an ApiError")),
      (e: unknown) => e as ApiError,
    );
}

describe("ApiError's message carries the vendor's reason next to method, URL and status", () => {
  const where = () => `POST ${server.url}/things: fake API answered`;

  it("DNSimple: message and the per-field messages of `errors`", async () => {
    const error = await failure(400, {
      message: "Validation failed",
      errors: {
        email: ["can't be blank", "is an invalid email address"],
        city: ["can't be blank"],
      },
    });
    expect(error.message).toBe(
      `${where()} HTTP 400: Validation failed: email: can't be blank, is an invalid email address; city: can't be blank`,
    );
  });

  it("Dynu: exception.message", async () => {
    const body = {
      statusCode: 501,
      exception: { statusCode: 501, type: "Argument Exception", message: "Invalid domain name." },
    };
    expect((await failure(501, body)).message).toBe(`${where()} HTTP 501: Invalid domain name.`);
  });

  it("Dynata: errors as {path, message}", async () => {
    const body = {
      timestamp: "t",
      requestId: "r-1",
      path: "/x",
      httpCode: 409,
      httpPhrase: "Conflict",
      errors: [{ path: "extProjectId", message: "already exists" }],
    };
    expect((await failure(409, body)).message).toBe(
      `${where()} HTTP 409: extProjectId: already exists`,
    );
  });

  it("AdGuard DNS: fields with their codes", async () => {
    const body = {
      error_code: "BAD_REQUEST",
      fields: [{ field: "name", error_code: "FIELD_REQUIRED" }],
    };
    expect((await failure(400, body)).message).toBe(`${where()} HTTP 400: name: FIELD_REQUIRED`);
  });

  it("a reason that echoes a token is masked, long reasons are cut, the key never appears", async () => {
    const token = "dnsimpletest_a_1Ab2Cd3Ef4Gh5Ij6Kl7Mn8Op9Qr0St";
    const error = await failure(401, {
      message: `Authentication failed for ${token} ${"x ".repeat(200)}`,
    });
    expect(error.message).toContain("HTTP 401: Authentication failed for *** x x");
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).not.toContain("1Ab2Cd3Ef4");
    for (const text of [error.message, JSON.stringify(error), String(error.stack)]) {
      expect(text).not.toContain("secret-key-1");
    }
  });

  it("an HTML error page adds no body text to the message", async () => {
    server.answer = {
      status: 502,
      contentType: "text/html",
      body: "<html><body>Bad Gateway</body></html>",
    };
    const error = (await api()
      .GET("/things", {})
      .catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe(`GET ${server.url}/things: fake API answered HTTP 502`);
  });
});
