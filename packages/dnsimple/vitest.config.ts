import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// Examples import the package by name; in tests that name means this package's sources.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@provider-clients\/dnsimple\/testing$/,
        replacement: source("./src/testing/index.ts"),
      },
      {
        find: /^@provider-clients\/dnsimple\/validate$/,
        replacement: source("./src/validate.ts"),
      },
      { find: /^@provider-clients\/dnsimple$/, replacement: source("./src/index.ts") },
    ],
  },
  test: sharedTestConfig,
});
