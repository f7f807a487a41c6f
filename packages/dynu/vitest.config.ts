import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// Examples import the package by name, as users do; tests run them against the sources.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@provider-clients\/dynu\/testing$/, replacement: source("./src/testing/index.ts") },
      { find: /^@provider-clients\/dynu\/validate$/, replacement: source("./src/validate.ts") },
      { find: /^@provider-clients\/dynu$/, replacement: source("./src/index.ts") },
    ],
  },
  test: sharedTestConfig,
});
