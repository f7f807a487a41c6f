// Dynata's command line: password login, logout through /auth/v1/logout, the fake server.
import type { ProviderCli } from "@provider-clients/auth/cli";
import { CliFailure, loginWithSession, logoutWithSession } from "@provider-clients/auth/cli";
import { passwordAuth } from "../auth/password.js";
import { dynataDefaultBaseUrl } from "../client.js";

/** Configuration of `npx @provider-clients/dynata <command>`. */
export const dynataCli: ProviderCli = {
  provider: "dynata",
  title: "Dynata",
  packageName: "@provider-clients/dynata",
  baseUrlVariable: "DYNATA_BASE_URL",
  loginHelp: "Logs in with your Dynata username and password (the password is not echoed)",
  loginFlags: {
    username: { type: "string", description: "the Dynata username (else asked)" },
  },
  async login({ flags, terminal, baseUrl, store }) {
    const username =
      (typeof flags.username === "string" ? flags.username : undefined) ??
      (await terminal.ask("Dynata username: "));
    const password = await terminal.askSecret("Password: ");
    if (username === "" || password === "") {
      throw new CliFailure("the username and password are required");
    }
    await loginWithSession(passwordAuth({ username, password }), {
      baseUrl: baseUrl ?? dynataDefaultBaseUrl,
      store,
    });
    return { account: username, summary: `Logged in to Dynata as ${username}.` };
  },
  async logout({ account, baseUrl, store }) {
    const tokens = await store.get({ provider: "dynata", account });
    // The stored set is logged out as it is: the password below is never asked for.
    const stored = passwordAuth({
      username: account,
      password: () => Promise.reject(new Error("no stored session")),
    });
    await logoutWithSession(stored, { baseUrl: baseUrl ?? dynataDefaultBaseUrl, store });
    // /auth/v1/logout needs the refresh token; a set without one has no server session to end.
    return { revokedAtProvider: tokens?.refreshToken !== undefined };
  },
  async startFake({ port }) {
    const { startFakeDynataServer, fakeDynataUser } = await import("../testing/index.js");
    const fake = await startFakeDynataServer({ port });
    return {
      url: fake.url,
      credentials: { username: fakeDynataUser.username, password: fakeDynataUser.password },
      close: () => fake.close(),
    };
  },
};
