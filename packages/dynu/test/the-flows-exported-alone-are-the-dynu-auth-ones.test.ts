import { expect, it } from "vitest";
import { dynuApiKey, dynuAuth, dynuClientCredentials } from "../src/index.js";

// Bundles that import a flow alone leave the others (and the token engine) out; it must be the same flow.
it("exports each dynuAuth flow on its own as the same function", () => {
  expect(dynuApiKey).toBe(dynuAuth.apiKey);
  expect(dynuClientCredentials).toBe(dynuAuth.clientCredentials);
});
