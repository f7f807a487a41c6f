import { createFileTokenStore } from "@provider-clients/dnsimple/file-store";
import { expect, it } from "vitest";
import { tokenFile } from "../src/bins.js";
import { runInPty } from "../src/pty.js";
import { readmeCommand } from "../src/readme.js";
import { spawnFake } from "../src/spawn-fake.js";

// Uses login's default redirect URI (127.0.0.1:8976), which the fake's printed app is registered with.
it("`fake` then `login --base-url URL --client-id ID`: the printed app logs in by hand", async () => {
  const fake = await spawnFake(await readmeCommand("dnsimple", "fake"));
  const file = await tokenFile();
  try {
    const { clientId = "", clientSecret = "", accountId = "" } = fake.credentials;
    const login = runInPty(
      [
        ...(await readmeCommand("dnsimple", "login")),
        "--base-url",
        fake.url,
        "--client-id",
        clientId,
        "--store",
        file.path,
      ],
      { BROWSER: "none" },
    );
    await login.waitFor(/client secret: $/);
    login.typeLine(clientSecret);
    const [authorizeUrl] = await login.waitFor(/http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize\?\S+/);
    await login.waitFor(/Waiting for DNSimple to redirect to http:\/\/127\.0\.0\.1:8976\/callback/);
    // The user's browser: the fake's authorize page approves at once and redirects to login.
    const consent = await fetch(authorizeUrl, { redirect: "manual" });
    const page = await fetch(consent.headers.get("location") ?? "");
    expect(await page.text()).toContain("Logged in");
    expect(await login.exit).toBe(0);
    const saved = await createFileTokenStore(file.path).get({
      provider: "dnsimple",
      account: accountId,
    });
    const whoami = await fetch(`${fake.url}/whoami`, {
      headers: { authorization: `Bearer ${saved?.accessToken}` },
    });
    expect(whoami.status).toBe(200);
  } finally {
    fake.signal("SIGTERM");
    await fake.exit;
    await file.remove();
  }
});
