import { stat } from "node:fs/promises";
import {
  fakeAdGuardDnsCredentials as fake,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { expect, it } from "vitest";
import { binOf, tokenFile } from "../src/bins.js";
import { runInPty } from "../src/pty.js";
import { readmeCommand, runLoginExample } from "../src/readme.js";

it("logs in with a 2FA account after one wrong code, and a script's session reuses the tokens", async () => {
  const server = await startFakeAdGuardDnsServer();
  const file = await tokenFile();
  try {
    const env = { ADGUARD_DNS_BASE_URL: server.url, PROVIDER_CLIENTS_TOKEN_FILE: file.path };
    const login = runInPty(await readmeCommand("adguard-dns", "login"), env);
    await login.waitFor(/account e-mail: $/);
    login.typeLine(fake.mfaUsername);
    await login.waitFor(/Password: $/);
    login.typeLine(fake.mfaPassword);
    await login.waitFor(/Two-factor code: $/);
    login.typeLine("135799");
    await login.waitFor(/did not accept that code; try again\.\n/);
    await login.waitFor(/Two-factor code: $/);
    login.typeLine(fake.mfaToken);
    expect(await login.exit).toBe(0);
    const screen = login.output();
    expect(screen).toContain(`Logged in to AdGuard DNS as ${fake.mfaUsername}.`);
    expect(screen).toContain(`Tokens saved in ${file.path}`);
    // Typed in raw mode: the terminal echoed neither the password nor either code.
    for (const secret of [fake.mfaPassword, fake.mfaToken, "135799"]) {
      expect(screen).not.toContain(secret);
    }
    expect((await stat(file.path)).mode & 0o777).toBe(0o600);

    const script = await runLoginExample("adguard-dns", {
      ...env,
      ADGUARD_DNS_USERNAME: fake.mfaUsername,
    });
    expect(script).toEqual([
      "stored session: valid",
      expect.stringMatching(/^\d+ DNS server profile\(s\)$/),
    ]);
  } finally {
    await server.close();
    await file.remove();
  }
});

it("stores nothing after three wrong codes, and says so without the codes", async () => {
  const server = await startFakeAdGuardDnsServer();
  const file = await tokenFile();
  try {
    const login = runInPty(
      [...binOf("adguard-dns"), "login", "--username", fake.mfaUsername, "--store", file.path],
      { ADGUARD_DNS_BASE_URL: server.url },
    );
    await login.waitFor(/Password: $/);
    login.typeLine(fake.mfaPassword);
    for (const code of ["111111", "222222", "333333"]) {
      await login.waitFor(/Two-factor code: $/);
      login.typeLine(code);
    }
    expect(await login.exit).toBe(1);
    expect(login.output()).toContain("3 two-factor codes were refused; nothing was stored");
    expect(login.output()).not.toMatch(/111111|222222|333333/);
    await expect(stat(file.path)).rejects.toMatchObject({ code: "ENOENT" });
  } finally {
    await server.close();
    await file.remove();
  }
});
