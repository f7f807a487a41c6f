import { createFileTokenStore } from "@provider-clients/dynu/file-store";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";
import { expect, it } from "vitest";
import { tokenFile } from "../src/bins.js";
import { runInPty } from "../src/pty.js";
import { readmeCommand, runLoginExample } from "../src/readme.js";

it("stores the token, a script's session loads it, and logout deletes it (Dynu cannot revoke)", async () => {
  const server = await startFakeDynuServer();
  const file = await tokenFile();
  try {
    const env = { DYNU_BASE_URL: server.url, PROVIDER_CLIENTS_TOKEN_FILE: file.path };
    const login = runInPty(await readmeCommand("dynu", "login"), env);
    await login.waitFor(/client id: $/);
    login.typeLine(fakeDynuCredentials.clientId);
    await login.waitFor(/Client secret: $/);
    login.typeLine(fakeDynuCredentials.clientSecret);
    expect(await login.exit).toBe(0);
    expect(login.output()).not.toContain(fakeDynuCredentials.clientSecret);

    // The example's secret getter throws: the stored token alone must do.
    const script = await runLoginExample("dynu", {
      ...env,
      DYNU_CLIENT_ID: fakeDynuCredentials.clientId,
    });
    expect(script).toEqual(["stored session: valid", expect.stringMatching(/^domains: \d+$/)]);

    const logout = runInPty(await readmeCommand("dynu", "logout"), env);
    expect(await logout.exit).toBe(0);
    expect(logout.output()).toContain("Dynu has no endpoint to revoke a token");
    const stored = await createFileTokenStore(file.path).get({
      provider: "dynu",
      account: fakeDynuCredentials.clientId,
    });
    expect(stored).toBeUndefined();
  } finally {
    await server.close();
    await file.remove();
  }
});
