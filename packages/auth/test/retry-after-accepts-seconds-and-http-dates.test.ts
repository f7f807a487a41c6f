import { expect, it } from "vitest";
import { parseRetryAfter } from "../src/retry/retry-after.js";

it("reads delta-seconds and HTTP-dates and ignores garbage", () => {
  const now = Date.UTC(2024, 0, 1, 0, 0, 0);
  expect(parseRetryAfter("120", now)).toBe(120_000);
  expect(parseRetryAfter(" 0 ", now)).toBe(0);
  expect(parseRetryAfter("Mon, 01 Jan 2024 00:00:30 GMT", now)).toBe(30_000);
  expect(parseRetryAfter("Sun, 31 Dec 2023 23:00:00 GMT", now)).toBe(0);
  expect(parseRetryAfter("soon", now)).toBeUndefined();
  expect(parseRetryAfter("-5", now)).toBeUndefined();
  expect(parseRetryAfter(null, now)).toBeUndefined();
});
