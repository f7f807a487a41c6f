import { createFileTokenStore } from "@provider-clients/dnsimple/file-store";
import {
  type FakeDnsimpleServer,
  startFakeDnsimpleServer,
} from "@provider-clients/dnsimple/testing";
import { afterEach, beforeEach, expect, it } from "vitest";
import { tokenFile } from "../src/bins.js";
import { freePort } from "../src/free-port.js";
import { type PtySession, runInPty } from "../src/pty.js";
import { readmeCommand, runLoginExample } from "../src/readme.js";

const app = { clientId: "cli-app", clientSecret: "cli-app-secret-5d1f" };
let server: FakeDnsimpleServer;
let file: Awaited<ReturnType<typeof tokenFile>>;
let redirectUri: string;

beforeEach(async () => {
  file = await tokenFile();
  redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
  // An application registered with a loopback redirect URI, as a CLI user registers theirs.
  server = await startFakeDnsimpleServer({ clients: [{ ...app, redirectUris: [redirectUri] }] });
});
afterEach(async () => {
  await server.close();
  await file.remove();
});

/** Starts `login` on a terminal, types the secret, and returns the authorize URL it printed. */
async function startLogin(): Promise<{ login: PtySession; authorizeUrl: string }> {
  const login = runInPty(await readmeCommand("dnsimple", "login"), {
    DNSIMPLE_BASE_URL: server.url,
    DNSIMPLE_CLIENT_ID: app.clientId,
    DNSIMPLE_REDIRECT_URI: redirectUri,
    PROVIDER_CLIENTS_TOKEN_FILE: file.path,
    BROWSER: "none",
  });
  await login.waitFor(/OAuth client secret: $/);
  login.typeLine(app.clientSecret);
  const [authorizeUrl] = await login.waitFor(/http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize\?\S+/);
  await login.waitFor(/Waiting for DNSimple to redirect/);
  return { login, authorizeUrl };
}

/** Plays the browser: follows one redirect by hand and returns the page it lands on. */
async function visit(url: string): Promise<Response> {
  return fetch(url, { redirect: "manual" });
}

it("stores the token a script then uses, and tells the browser it is done", async () => {
  const { login, authorizeUrl } = await startLogin();
  const consent = await visit(authorizeUrl);
  const back = consent.headers.get("location") ?? "";
  expect(back.startsWith(`${redirectUri}?`)).toBe(true);
  const page = await visit(back);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Logged in");
  expect(await login.exit).toBe(0);
  const account = String(server.account.id);
  expect(login.output()).toContain(`Logged in to DNSimple account ${account}.`);
  expect(login.output()).not.toContain(app.clientSecret);

  const script = await runLoginExample("dnsimple", {
    DNSIMPLE_BASE_URL: server.url,
    DNSIMPLE_ACCOUNT_ID: account,
    PROVIDER_CLIENTS_TOKEN_FILE: file.path,
  });
  expect(script).toEqual([`logged in to account ${account}`]);

  const logout = runInPty([...(await readmeCommand("dnsimple", "logout")), "--store", file.path]);
  expect(await logout.exit).toBe(0);
  expect(logout.output()).toContain(`Deleted the stored tokens of "${account}".`);
  expect(logout.output()).toContain("DNSimple's API cannot revoke an OAuth token");
  const store = createFileTokenStore(file.path);
  expect(await store.get({ provider: "dnsimple", account })).toBeUndefined();
});

it("fails without storing anything when the user refuses consent (error=access_denied)", async () => {
  server.consent = "deny";
  const { login, authorizeUrl } = await startLogin();
  const back = (await visit(authorizeUrl)).headers.get("location") ?? "";
  expect(new URL(back).searchParams.get("error")).toBe("access_denied");
  const page = await visit(back);
  expect(await page.text()).toContain("Login refused");
  expect(await login.exit).toBe(1);
  expect(login.output()).toContain("DNSimple did not authorize the application (access_denied)");
  expect(await createFileTokenStore(file.path).get({ provider: "dnsimple", account: "1" })).toBe(
    undefined,
  );
});

it("refuses a redirect whose state it did not issue, before the code is sent anywhere", async () => {
  const { login, authorizeUrl } = await startLogin();
  const real = new URL((await visit(authorizeUrl)).headers.get("location") ?? "");
  const forged = new URL(real);
  forged.searchParams.set("state", "someone-elses-state");
  const tokenCalls = server.count({ method: "POST", path: "/v2/oauth/access_token" });
  const page = await visit(forged.toString());
  expect(await page.text()).toContain("Login failed");
  expect(await login.exit).toBe(1);
  expect(login.output()).toContain("the redirect's state does not match this login");
  expect(server.count({ method: "POST", path: "/v2/oauth/access_token" })).toBe(tokenCalls);
});
