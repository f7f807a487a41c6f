import { expect, it } from "vitest";
import { ProviderClientError } from "../src/errors/provider-client-error.js";
import { redactUrl } from "../src/errors/redact-url.js";

it("drops userinfo and fragments and masks secret-looking query values", () => {
  expect(
    redactUrl("https://user:pw@api.example.test/v1/x?page=2&api_key=K&access_token=T&code=C#frag"),
  ).toBe("https://api.example.test/v1/x?page=2&api_key=***&access_token=***&code=***");
  expect(redactUrl("/relative/path?token=T")).toBe("/relative/path");
  const error = new ProviderClientError("failed", {
    code: "api_error",
    method: "GET",
    url: "https://api.example.test/?client_secret=S3",
  });
  expect(error.message).not.toContain("S3");
  expect(error.url).toBe("https://api.example.test/?client_secret=***");
});
