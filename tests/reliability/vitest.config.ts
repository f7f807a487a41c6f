import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// Faults and bad input on purpose; the summary reporter prints what was tried and found.
export default defineConfig({
  test: {
    ...sharedTestConfig,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    setupFiles: ["./src/support/no-unhandled-rejections.ts"],
    reporters: ["default", "json", "./src/support/summary-reporter.ts"],
  },
});
