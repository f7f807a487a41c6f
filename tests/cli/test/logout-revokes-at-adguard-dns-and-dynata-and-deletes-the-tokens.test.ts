import {
  fakeAdGuardDnsCredentials,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { createFileTokenStore } from "@provider-clients/auth/file-store";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import { expect, it } from "vitest";
import { tokenFile } from "../src/bins.js";
import { runInPty } from "../src/pty.js";
import { readmeCommand, runLoginExample } from "../src/readme.js";

it("AdGuard DNS: logout revokes the refresh token at /oapi/v1/revoke_token and empties the store", async () => {
  const server = await startFakeAdGuardDnsServer();
  const file = await tokenFile();
  try {
    const env = { ADGUARD_DNS_BASE_URL: server.url, PROVIDER_CLIENTS_TOKEN_FILE: file.path };
    const login = runInPty(await readmeCommand("adguard-dns", "login"), env);
    await login.waitFor(/e-mail: $/);
    login.typeLine(fakeAdGuardDnsCredentials.username);
    await login.waitFor(/Password: $/);
    login.typeLine(fakeAdGuardDnsCredentials.password);
    expect(await login.exit).toBe(0);
    const key = { provider: "adguard-dns", account: fakeAdGuardDnsCredentials.username };
    const store = createFileTokenStore(file.path);
    const refreshToken = (await store.get(key))?.refreshToken ?? "";
    expect(refreshToken).not.toBe("");

    const logout = runInPty(await readmeCommand("adguard-dns", "logout"), env);
    expect(await logout.exit).toBe(0);
    expect(logout.output()).toContain(
      `Revoked at AdGuard DNS and deleted the stored tokens of "${key.account}".`,
    );
    expect(logout.output()).not.toContain(refreshToken);
    expect(await store.get(key)).toBeUndefined();
    // The revoked refresh token no longer buys an access token.
    const refresh = await fetch(`${server.url}/oapi/v1/oauth_token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }),
    });
    expect(refresh.status).toBeGreaterThanOrEqual(400);

    const again = runInPty(await readmeCommand("adguard-dns", "logout"), env);
    expect(await again.exit).toBe(0);
    expect(again.output()).toContain("No stored AdGuard DNS tokens");
  } finally {
    await server.close();
    await file.remove();
  }
});

it("Dynata: a wrong password stores nothing; logout ends the session at /auth/v1/logout", async () => {
  const server = await startFakeDynataServer();
  const file = await tokenFile();
  try {
    const env = { DYNATA_BASE_URL: server.url, PROVIDER_CLIENTS_TOKEN_FILE: file.path };
    const command = await readmeCommand("dynata", "login");
    const login = (password: string) => {
      const session = runInPty(command, env);
      return (async () => {
        await session.waitFor(/username: $/);
        session.typeLine(fakeDynataUser.username);
        await session.waitFor(/Password: $/);
        session.typeLine(password);
        return { code: await session.exit, screen: session.output() };
      })();
    };
    const refused = await login("not-the-password-3b7c");
    expect(refused.code).toBe(1);
    expect(refused.screen).toMatch(/Error: .*\/auth\/v1\/token\/password/);
    expect(refused.screen).not.toContain("not-the-password-3b7c");

    const accepted = await login(fakeDynataUser.password);
    expect(accepted.code).toBe(0);
    expect(accepted.screen).not.toContain(fakeDynataUser.password);
    const key = { provider: "dynata", account: fakeDynataUser.username };
    const store = createFileTokenStore(file.path);
    const refreshToken = (await store.get(key))?.refreshToken ?? "";
    expect(refreshToken).not.toBe("");
    const script = await runLoginExample("dynata", {
      ...env,
      DYNATA_USERNAME: fakeDynataUser.username,
    });
    expect(script).toEqual(["stored session: valid", expect.stringMatching(/^countries: \d+$/)]);

    const logout = runInPty(await readmeCommand("dynata", "logout"), env);
    expect(await logout.exit).toBe(0);
    expect(logout.output()).toContain(`Revoked at Dynata and deleted the stored tokens`);
    expect(await store.get(key)).toBeUndefined();
    const refresh = await fetch(`${server.url}/auth/v1/token/refresh`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ clientId: "api", refreshToken }),
    });
    expect(refresh.status).toBeGreaterThanOrEqual(400);
  } finally {
    await server.close();
    await file.remove();
  }
});
