import { describe, expect, it } from "vitest";
import { createSession } from "../src/session/create-session.js";
import { refreshMarginMs } from "../src/session/refresh-margin.js";
import { createFakeClock } from "../src/testing/index.js";
import { type FakeTokenServer, startFakeTokenServer } from "./support/fake-token-server.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

const minutes = (n: number) => n * 60_000;

describe("the refresh margin scales with the token's lifetime", () => {
  it("gives a 30-minute token and an 8-hour token different margins", () => {
    const thirtyMinutes = refreshMarginMs({ issuedAt: 0, expiresAt: minutes(30) });
    const eightHours = refreshMarginMs({ issuedAt: 0, expiresAt: minutes(480) });
    expect(thirtyMinutes).toBe(minutes(3));
    expect(eightHours).toBe(minutes(5));
    expect(thirtyMinutes).not.toBe(eightHours);
  });

  it("keeps very short tokens usable and tokens without lifetime margin-free", () => {
    expect(refreshMarginMs({ issuedAt: 0, expiresAt: 4_000 })).toBe(2_000);
    expect(refreshMarginMs({ issuedAt: 0, expiresAt: 30_000 })).toBe(5_000);
    expect(refreshMarginMs({ issuedAt: 0, expiresAt: undefined })).toBe(0);
  });

  it.each([
    { lifetimeMin: 30, marginMin: 3 },
    { lifetimeMin: 480, marginMin: 5 },
  ])(
    "a session refreshes a $lifetimeMin-minute token $marginMin minutes early",
    async ({ lifetimeMin, marginMin }) => {
      const clock = createFakeClock();
      const server: FakeTokenServer = await startFakeTokenServer({
        clock,
        expiresIn: lifetimeMin * 60,
      });
      try {
        const session = createSession({ auth: oauthAdapter(), baseUrl: server.url, clock });
        const first = await session.getToken();
        await clock.advance(minutes(lifetimeMin - marginMin) - 1);
        expect((await session.getToken()).accessToken).toBe(first.accessToken);
        await clock.advance(1);
        expect((await session.getToken()).accessToken).not.toBe(first.accessToken);
        expect(server.grants).toEqual(["password", "refresh_token"]);
      } finally {
        await server.close();
      }
    },
  );
});
