import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// One registry and one workspace copy are shared by the steps, so files run one after another.
export default defineConfig({
  test: { ...sharedTestConfig, testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false },
});
