// AdGuard DNS's command line: password (+ two-factor code) login, logout with revocation, the fake server.
import type { ProviderCli } from "@provider-clients/auth/cli";
import { logoutWithSession } from "@provider-clients/auth/cli";
import { refreshToken } from "../auth/refresh-token.js";
import { adguardDnsDefaultBaseUrl } from "../provider.js";
import { login } from "./login.js";

/** Configuration of `npx @provider-clients/adguard-dns <command>`. */
export const adguardDnsCli: ProviderCli = {
  provider: "adguard-dns",
  title: "AdGuard DNS",
  packageName: "@provider-clients/adguard-dns",
  baseUrlVariable: "ADGUARD_DNS_BASE_URL",
  loginHelp: "Logs in with your e-mail, password and, when 2FA is on, a code (neither is echoed)",
  loginFlags: {
    username: { type: "string", description: "the account e-mail (else asked)" },
  },
  login,
  async logout({ account, baseUrl, store }) {
    const tokens = await store.get({ provider: "adguard-dns", account });
    // The stored set is revoked as it is: the grant below is never asked for a token.
    const stored = refreshToken(() => Promise.reject(new Error("no stored refresh token")), {
      account,
    });
    await logoutWithSession(stored, { baseUrl: baseUrl ?? adguardDnsDefaultBaseUrl, store });
    // Only a refresh token can be revoked (`/oapi/v1/revoke_token`); a bare access token cannot.
    return { revokedAtProvider: tokens?.refreshToken !== undefined };
  },
  async startFake({ port }) {
    const { startFakeAdGuardDnsServer, fakeAdGuardDnsCredentials } = await import(
      "../testing/index.js"
    );
    const fake = await startFakeAdGuardDnsServer({ port });
    return { url: fake.url, credentials: fakeAdGuardDnsCredentials, close: () => fake.close() };
  },
};
