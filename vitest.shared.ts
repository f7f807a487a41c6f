// One vitest setup for every workspace package: console output plus a JSON report that CI sums.
import type { ViteUserConfig } from "vitest/config";

export const sharedTestConfig: NonNullable<ViteUserConfig["test"]> = {
  include: ["test/**/*.test.ts"],
  testTimeout: 30_000,
  hookTimeout: 30_000,
  reporters: ["default", "json"],
  outputFile: { json: ".vitest/results.json" },
};
