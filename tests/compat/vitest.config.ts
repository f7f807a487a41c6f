import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// One file runs the whole matrix, two compilers at a time (CI has two cores).
export default defineConfig({
  test: { ...sharedTestConfig, testTimeout: 600_000, hookTimeout: 60_000 },
});
