import { expect, it } from "vitest";
import { adguardDnsAuth, ReauthenticationRequiredError } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { visit } from "./support/browser.js";
import { clientFor, grantCount, revocations, startFake } from "./support/fake.js";

it("reads access_token from the #fragment, uses it until expires_in runs out, then asks to re-authorize", async () => {
  const server = await startFake({ accessTokenTtlSeconds: 600 });
  const { url, state } = await adguardDnsAuth.authorizeUrl({
    clientId: creds.clientId,
    redirectUri: creds.redirectUri,
    responseType: "token",
    baseUrl: server.url,
  });
  const redirect = new URL(await visit(url));
  const fragment = new URLSearchParams(redirect.hash.slice(1));
  expect(redirect.search).toBe("");
  expect(fragment.get("token_type")).toBe("bearer");
  expect(fragment.get("expires_in")).toBe("600");

  const adguard = clientFor(
    server,
    adguardDnsAuth.fromRedirect(redirect, { expectedState: state }),
  );
  expect((await adguard.op.listDevices()).response.status).toBe(200);
  expect(adguard.session.state()).toMatchObject({ status: "valid", hasRefreshToken: false });
  expect(grantCount(server)).toBe(0);

  await server.clock.advance(600 * 1000);
  await expect(adguard.op.listDevices()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
  expect(grantCount(server)).toBe(0);
  // Revoking has nothing to send: the implicit flow hands out no refresh token.
  await adguard.session.revoke();
  expect(revocations(server)).toBe(0);
});
