import { expect, it } from "vitest";
import { createFakeClock } from "../src/testing/index.js";
import { tokenSetFromOAuth } from "../src/token/token-set-from-oauth.js";

it("maps snake_case fields, turns lifetimes into epoch ms and keeps non-secret extras", () => {
  const clock = createFakeClock(1_000_000);
  const tokens = tokenSetFromOAuth(
    {
      access_token: "a",
      token_type: "bearer",
      expires_in: "3600",
      refresh_token: "r",
      refresh_expires_in: 86400,
      scope: "zones:read",
      account_id: 42,
      id_token: "secret-jwt",
      client_secret: "nope",
    },
    clock,
  );
  expect(tokens).toEqual({
    accessToken: "a",
    tokenType: "bearer",
    issuedAt: 1_000_000,
    expiresAt: 1_000_000 + 3_600_000,
    refreshToken: "r",
    refreshExpiresAt: 1_000_000 + 86_400_000,
    scope: "zones:read",
    extra: { account_id: 42 },
  });
});

it("defaults the token type, leaves unknown lifetimes undefined and rejects a missing token", () => {
  const clock = createFakeClock(0);
  expect(tokenSetFromOAuth({ access_token: "a", expires_in: "soon" }, clock)).toEqual({
    accessToken: "a",
    tokenType: "Bearer",
    issuedAt: 0,
    expiresAt: undefined,
    refreshToken: undefined,
    refreshExpiresAt: undefined,
    scope: undefined,
    extra: undefined,
  });
  expect(() => tokenSetFromOAuth({ token: "x" }, clock)).toThrow(
    "token response has no access_token",
  );
  expect(() => tokenSetFromOAuth("x", clock)).toThrow("not a JSON object");
});
