import { expect, it } from "vitest";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";
import { resolveSecret } from "../src/credentials/resolve-secret.js";

it("resolves strings, sync and async functions, and asks again on every request", async () => {
  expect(await resolveSecret("plain")).toBe("plain");
  expect(await resolveSecret(() => "sync")).toBe("sync");
  expect(await resolveSecret(async () => "async")).toBe("async");
  let version = 0;
  const auth = apiKeyAuth({
    provider: "dynu",
    key: async () => `rotating-${++version}`,
    header: "API-Key",
    schemes: [],
  });
  const headers = new Headers();
  await auth.apply(headers);
  await auth.apply(headers);
  expect(headers.get("API-Key")).toBe("rotating-2");
});

it("rejects an empty secret with a clear error", async () => {
  await expect(resolveSecret(async () => "", "dynu API key")).rejects.toThrow(
    "dynu API key is empty or not a string",
  );
});
