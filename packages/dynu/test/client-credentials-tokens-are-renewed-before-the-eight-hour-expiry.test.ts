import { createFakeClock } from "@provider-clients/auth/testing";
import { afterEach, expect, it } from "vitest";
import { createDynuClient, dynuAuth, type TokenSet } from "../src/index.js";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer | undefined;
afterEach(() => server?.close());

const minute = 60_000;
const hour = 60 * minute;

it("re-runs the client-credentials grant in the last minutes of the 8 hours, before any 401", async () => {
  const clock = createFakeClock();
  server = await startFakeDynuServer({ clock });
  const issued: TokenSet[] = [];
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials(fakeDynuCredentials),
    baseUrl: server.url,
    clock,
    onTokens: (tokens) => {
      issued.push(tokens);
    },
  });

  expect((await dynu.GET("/dns")).response.status).toBe(200);
  expect(issued).toHaveLength(1);
  expect(issued[0]!.expiresAt! - issued[0]!.issuedAt).toBe(8 * hour);
  expect(issued[0]!.refreshToken).toBeUndefined();

  // Seven hours and a half later the token is still used as is.
  await clock.advance(7.5 * hour);
  expect((await dynu.GET("/dns")).response.status).toBe(200);
  expect(server.tokens.counts().requests).toBe(1);

  // Four minutes before expiry it is inside the refresh margin: a new grant, no 401 first.
  await clock.advance(26 * minute);
  expect((await dynu.GET("/dns")).response.status).toBe(200);
  expect(server.tokens.counts().requests).toBe(2);
  expect(issued).toHaveLength(2);
  expect(issued[1]!.accessToken).not.toBe(issued[0]!.accessToken);
  expect(server.requests({ route: "api" }).map((r) => r.status)).toEqual([200, 200, 200]);

  // Across the second token's lifetime too.
  await clock.advance(8 * hour);
  expect((await dynu.GET("/dns")).response.status).toBe(200);
  expect(server.tokens.counts().requests).toBe(3);
  expect(server.requests({ route: "api" }).every((r) => r.credential === "bearer")).toBe(true);
});
