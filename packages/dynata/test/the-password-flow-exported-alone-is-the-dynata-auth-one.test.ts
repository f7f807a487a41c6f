import { expect, it } from "vitest";
import { dynataAuth, dynataPassword } from "../src/index.js";

it("exports dynataAuth.password on its own as the same function", () => {
  expect(dynataPassword).toBe(dynataAuth.password);
});
