import fc from "fast-check";
import { expect, test } from "vitest";
import { tokenSetFromDynata } from "../src/auth/token-set-from-dynata.js";

test("lifetimes in seconds, as numbers or numeric strings, become epoch-ms times from the clock", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 4_000_000_000_000 }),
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.boolean(),
      (now, expiresIn, refreshExpiresIn, asStrings) => {
        const wire = (n: number) => (asStrings ? String(n) : n);
        const set = tokenSetFromDynata(
          {
            accessToken: "a",
            expiresIn: wire(expiresIn),
            refreshToken: "r",
            refreshExpiresIn: wire(refreshExpiresIn),
          },
          { now: () => now },
        );
        expect(set).toEqual({
          accessToken: "a",
          tokenType: "Bearer",
          issuedAt: now,
          expiresAt: now + expiresIn * 1000,
          refreshToken: "r",
          refreshExpiresAt: now + refreshExpiresIn * 1000,
        });
      },
    ),
  );
});

test("missing or unusable lifetimes mean unknown, and a refresh lifetime without a token is dropped", () => {
  const clock = { now: () => 1_000 };
  expect(
    tokenSetFromDynata({ accessToken: "a", expiresIn: -5, refreshExpiresIn: 60 }, clock),
  ).toMatchObject({
    expiresAt: undefined,
    refreshToken: undefined,
    refreshExpiresAt: undefined,
  });
});

test("an answer without an accessToken is refused without echoing what came back", () => {
  for (const body of [
    { access_token: "leaky-value" },
    "leaky-value",
    null,
    [{ accessToken: "leaky-value" }],
  ]) {
    let message = "";
    try {
      tokenSetFromDynata(body, { now: () => 0 });
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/dynata token response/);
    expect(message).not.toContain("leaky-value");
  }
});
