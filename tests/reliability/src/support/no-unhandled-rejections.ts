// Vitest setup file: every test fails if any promise rejection went unhandled while it ran.
import { afterEach, beforeEach, expect } from "vitest";

const unhandled: unknown[] = [];
process.on("unhandledRejection", (reason) => {
  unhandled.push(reason);
});

beforeEach(() => {
  unhandled.length = 0;
});

afterEach(async () => {
  // Rejections are reported after the microtask queue drains; give them two macrotask turns.
  await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => setImmediate(resolve));
  const seen = unhandled.splice(0).map((reason) => String(reason));
  expect(seen, "unhandled promise rejections").toEqual([]);
});
