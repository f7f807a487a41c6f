import { createMemoryTokenStore } from "@provider-clients/auth";
import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { clientFor, grantCount, recordingFetch, revocations, startFake } from "./support/fake.js";

it("session.revoke() POSTs /oapi/v1/revoke_token?refresh_token=... and clears the store", async () => {
  const server = await startFake();
  const store = createMemoryTokenStore();
  const recorder = recordingFetch();
  const adguard = clientFor(
    server,
    adguardDnsAuth.password({ username: creds.username, password: creds.password }),
    { store, fetch: recorder.fetch },
  );
  await adguard.op.listDevices();
  const key = { provider: "adguard-dns", account: creds.username };
  const stored = await store.get(key);
  expect(stored?.refreshToken).toBeTruthy();

  await adguard.session.revoke();

  const revoke = recorder.seen.at(-1)!;
  expect(revoke.method).toBe("POST");
  const url = new URL(revoke.url);
  expect(url.pathname).toBe("/oapi/v1/revoke_token");
  expect(url.searchParams.get("refresh_token")).toBe(stored?.refreshToken);
  expect(revocations(server)).toBe(1);
  expect(await store.get(key)).toBeUndefined();
  expect(server.tokens.counts().activeRefreshTokens).toBe(0);

  // The next call logs in again with the password grant.
  await adguard.op.listDevices();
  expect(grantCount(server, "password")).toBe(2);
});

it("a session whose tokens carry no refresh token revokes nothing at the vendor", async () => {
  const server = await startFake();
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey));
  await adguard.session.revoke();
  expect(revocations(server)).toBe(0);
});
