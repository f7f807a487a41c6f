import { inspect } from "node:util";
import { expect, it } from "vitest";
import { ApiError } from "../src/errors/api-error.js";
import { ProviderClientError } from "../src/errors/provider-client-error.js";
import { TokenRequestError } from "../src/errors/token-request-error.js";

it("keeps the response off every enumerable path while exposing it as a property", () => {
  const response = new Response('{"access_token":"leaky-token"}', { status: 500 });
  const error = new TokenRequestError("token endpoint answered HTTP 500", {
    method: "post",
    url: "https://id.example.test/token",
    status: 500,
    response,
    attempts: 4,
  });
  expect(error).toBeInstanceOf(ProviderClientError);
  expect(error.name).toBe("TokenRequestError");
  // A body-less copy: status and headers stay readable, the URL (which may carry secrets) does not.
  expect(error.response?.status).toBe(500);
  expect(error.response?.url).toBe("");
  expect(error.response?.body).toBeNull();
  expect(Object.keys(error)).not.toContain("response");
  expect(JSON.stringify(error)).not.toContain("leaky");
  expect(inspect(error)).not.toContain("Response");
  expect(error.message).toBe(
    "POST https://id.example.test/token: token endpoint answered HTTP 500",
  );
  expect({ code: error.code, status: error.status, method: error.method }).toEqual({
    code: "token_request_failed",
    status: 500,
    method: "POST",
  });
});

it("ApiError names provider, status, OAuth error, request id and the vendor's reason", () => {
  const error = new ApiError({
    provider: "dnsimple",
    method: "GET",
    url: "https://api.example.test/v2/whoami",
    status: 401,
    body: { error: "invalid_token", message: "expired" },
    requestId: "req-7",
  });
  expect(error.message).toBe(
    "GET https://api.example.test/v2/whoami: dnsimple API answered HTTP 401 invalid_token [request id req-7]: expired",
  );
  expect(error).toMatchObject({
    code: "api_error",
    status: 401,
    error: "invalid_token",
    requestId: "req-7",
  });
  expect(error.body).toEqual({ error: "invalid_token", message: "expired" });
});
