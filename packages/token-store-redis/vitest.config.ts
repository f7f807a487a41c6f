import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

export default defineConfig({
  test: { ...sharedTestConfig, globalSetup: ["./test/support/start-redis-server.ts"] },
});
