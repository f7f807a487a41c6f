// DNSimple's command line: login through the browser, logout, and the fake server.
import type { ProviderCli } from "@provider-clients/auth/cli";
import { defaultRedirectUri, login } from "./login.js";

/** Configuration of `npx @provider-clients/dnsimple <command>`. */
export const dnsimpleCli: ProviderCli = {
  provider: "dnsimple",
  title: "DNSimple",
  packageName: "@provider-clients/dnsimple",
  baseUrlVariable: "DNSIMPLE_BASE_URL",
  loginHelp:
    "Authorizes your OAuth application in the browser; the redirect comes back to 127.0.0.1",
  loginFlags: {
    "client-id": {
      type: "string",
      description: "the application's client id (default: $DNSIMPLE_CLIENT_ID, else asked)",
    },
    "redirect-uri": {
      type: "string",
      description: `a loopback redirect URI registered with the application (default: $DNSIMPLE_REDIRECT_URI, else ${defaultRedirectUri})`,
    },
    sandbox: { type: "boolean", description: "use DNSimple's sandbox (web host and API)" },
    "account-id": { type: "string", description: "pre-select the account to authorize" },
    "authorize-url": {
      type: "string",
      description:
        "the authorize page (default: $DNSIMPLE_AUTHORIZE_ENDPOINT, else /oauth/authorize on --base-url's host, else DNSimple's)",
    },
    "no-browser": { type: "boolean", description: "print the authorize URL without opening it" },
    timeout: { type: "string", description: "seconds to wait for the redirect (default 300)" },
  },
  login,
  async logout({ store, account }) {
    await store.delete({ provider: "dnsimple", account });
    return {
      revokedAtProvider: false,
      note: "DNSimple's API cannot revoke an OAuth token: it stays valid until the application's access is revoked in DNSimple's web interface.",
    };
  },
  async startFake({ port }) {
    const { startFakeDnsimpleServer } = await import("../testing/index.js");
    // Its OAuth app redirects to login's default loopback URI, so `login --base-url` works against it.
    const fake = await startFakeDnsimpleServer({
      port,
      clients: [
        {
          clientId: "fake-cli-client",
          clientSecret: "fake-cli-client-secret",
          redirectUris: [defaultRedirectUri],
        },
      ],
    });
    return {
      url: fake.url,
      credentials: {
        accessToken: fake.accessToken,
        accountId: fake.account.id,
        clientId: fake.app.clientId,
        clientSecret: fake.app.clientSecret,
        redirectUri: fake.app.redirectUri,
        authorizeEndpoint: fake.authorizeEndpoint,
      },
      close: () => fake.close(),
    };
  },
};
