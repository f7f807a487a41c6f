import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../vitest.shared.ts";

// The example compile is one TypeScript program over every operation of every provider.
export default defineConfig({ test: { ...sharedTestConfig, testTimeout: 120_000 } });
