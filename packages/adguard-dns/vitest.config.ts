import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// The README examples import the package by name; tests run them against the sources.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@provider-clients\/adguard-dns\/testing$/,
        replacement: source("./src/testing/index.ts"),
      },
      {
        find: /^@provider-clients\/adguard-dns\/validate$/,
        replacement: source("./src/validate.ts"),
      },
      { find: /^@provider-clients\/adguard-dns$/, replacement: source("./src/index.ts") },
    ],
  },
  test: sharedTestConfig,
});
