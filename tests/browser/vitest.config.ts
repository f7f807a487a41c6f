import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// One browser is launched for the whole package, so files run one after another.
export default defineConfig({
  test: { ...sharedTestConfig, testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
});
