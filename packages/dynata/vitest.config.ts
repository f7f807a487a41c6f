import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// Examples import the package by name; tests run them against the sources, not a build.
const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@provider-clients\/dynata\/testing$/,
        replacement: source("./src/testing/index.ts"),
      },
      {
        find: /^@provider-clients\/dynata\/validate$/,
        replacement: source("./src/validate.ts"),
      },
      { find: /^@provider-clients\/dynata$/, replacement: source("./src/index.ts") },
    ],
  },
  test: sharedTestConfig,
});
