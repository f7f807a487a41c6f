import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// Each matrix cell is one tsc run of a few seconds of CPU; two at a time, since CI has two cores.
export default defineConfig({
  test: { ...sharedTestConfig, testTimeout: 300_000, hookTimeout: 60_000, maxConcurrency: 2 },
});
