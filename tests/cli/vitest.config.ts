import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// Each test starts several Node processes; on a loaded 2-core machine one start can take seconds.
export default defineConfig({ test: { ...sharedTestConfig, testTimeout: 60_000 } });
