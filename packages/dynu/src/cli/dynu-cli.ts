// Dynu's command line: client-credentials login, logout (Dynu cannot revoke), the fake server.
import type { ProviderCli } from "@provider-clients/auth/cli";
import { CliFailure, loginWithSession } from "@provider-clients/auth/cli";
import { dynuClientCredentials } from "../auth/client-credentials.js";
import { dynuDefaultBaseUrl, dynuProvider } from "../provider.js";

/** Configuration of `npx @provider-clients/dynu <command>`. */
export const dynuCli: ProviderCli = {
  provider: dynuProvider,
  title: "Dynu",
  packageName: "@provider-clients/dynu",
  baseUrlVariable: "DYNU_BASE_URL",
  loginHelp:
    "Gets an 8-hour token with your OAuth2 client id and secret (from Dynu's control panel; the secret is not echoed)",
  loginFlags: {
    "client-id": { type: "string", description: "the OAuth2 client id (else asked)" },
  },
  async login({ flags, terminal, baseUrl, store }) {
    const clientId =
      (typeof flags["client-id"] === "string" ? flags["client-id"] : undefined) ??
      (await terminal.ask("Dynu OAuth2 client id: "));
    const clientSecret = await terminal.askSecret("Client secret: ");
    if (clientId === "" || clientSecret === "") {
      throw new CliFailure("the client id and secret are required");
    }
    await loginWithSession(dynuClientCredentials({ clientId, clientSecret }), {
      baseUrl: baseUrl ?? dynuDefaultBaseUrl,
      store,
    });
    return { account: clientId, summary: `Got a Dynu token for client ${clientId}.` };
  },
  async logout({ account, store }) {
    await store.delete({ provider: dynuProvider, account });
    return {
      revokedAtProvider: false,
      note: "Dynu has no endpoint to revoke a token: the deleted one works until it expires (8 hours after it was issued).",
    };
  },
  async startFake({ port }) {
    const { startFakeDynuServer, fakeDynuCredentials } = await import("../testing/index.js");
    const fake = await startFakeDynuServer({ port });
    return { url: fake.url, credentials: fakeDynuCredentials, close: () => fake.close() };
  },
};
