import { expect, it } from "vitest";
import { createState } from "../src/oauth/state.js";

it("creates unpredictable base64url states and refuses fewer than 128 bits", () => {
  const states = new Set(Array.from({ length: 200 }, () => createState()));
  expect(states.size).toBe(200);
  for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(createState(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(() => createState(15)).toThrow(RangeError);
});
