import type { TokenSet } from "@provider-clients/auth";
import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { apiRequests, clientFor, grantCount, startFake } from "./support/fake.js";

it("a password session refreshes once per expiry, before the token lapses, without the caller noticing", async () => {
  const server = await startFake({ accessTokenTtlSeconds: 3600 });
  const seen: TokenSet[] = [];
  const adguard = clientFor(
    server,
    adguardDnsAuth.password({ username: creds.username, password: creds.password }),
    { onTokens: (tokens) => void seen.push(tokens) },
  );

  await adguard.op.listDevices();
  expect(adguard.session.state()).toMatchObject({ status: "valid", hasRefreshToken: true });
  const firstExpiry = seen[0]!.expiresAt!;
  expect(firstExpiry - server.clock.now()).toBe(3600 * 1000);

  for (let hour = 0; hour < 3; hour++) {
    await server.clock.advance(3600 * 1000);
    // Several concurrent calls at expiry share one refresh.
    const results = await Promise.all([1, 2, 3].map(() => adguard.op.listDevices()));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
  }

  expect(grantCount(server, "password")).toBe(1);
  expect(grantCount(server, "refresh_token")).toBe(3);
  expect(apiRequests(server).every((r) => r.status === 200)).toBe(true);
  // Each refresh rotated the refresh token; only the newest is still usable.
  expect(new Set(seen.map((t) => t.refreshToken)).size).toBe(4);
  expect(server.tokens.counts().activeRefreshTokens).toBe(1);
});
