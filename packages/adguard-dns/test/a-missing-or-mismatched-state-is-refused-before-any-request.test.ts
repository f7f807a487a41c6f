import { expect, it } from "vitest";
import { adguardDnsAuth, StateMismatchError } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { visit } from "./support/browser.js";
import { grantCount, recordingFetch, startFake } from "./support/fake.js";

it("refuses a redirect whose state is missing or different, for both code and fragment answers", async () => {
  const server = await startFake();
  const recorder = recordingFetch();
  for (const responseType of ["code", "token"] as const) {
    const start = await adguardDnsAuth.authorizeUrl({
      clientId: creds.clientId,
      redirectUri: creds.redirectUri,
      responseType,
      baseUrl: server.url,
    });
    const redirect = await visit(start.url);
    const options = {
      clientId: creds.clientId,
      codeVerifier: start.codeVerifier,
      redirectUri: creds.redirectUri,
    };
    const wrong = () =>
      adguardDnsAuth.fromRedirect(redirect, { ...options, expectedState: "another-state" });
    expect(wrong).toThrow(StateMismatchError);
    expect(wrong).toThrow(expect.objectContaining({ code: "state_mismatch" }));
    const stripped = redirect.replace(/([?#&])state=[^&]*/, "$1");
    expect(() =>
      adguardDnsAuth.fromRedirect(stripped, { ...options, expectedState: start.state }),
    ).toThrow(/no state parameter/);
  }
  expect(() =>
    adguardDnsAuth.fromRedirect(`${creds.redirectUri}?code=x&state=s`, { expectedState: "" }),
  ).toThrow(TypeError);
  expect(recorder.seen).toHaveLength(0);
  expect(grantCount(server)).toBe(0);
});
