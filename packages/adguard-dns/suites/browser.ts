// AdGuard DNS's pages in the browser suite (tests/browser): both browser sign-ins, each against its own fake.

import {
  type FakeAdGuardDnsServer,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import type { BrowserPageRun, BrowserSuiteFile } from "@provider-clients/scripts/suites/browser";
import { expect } from "vitest";

const clientId = "browser-test-app";
const tokenPath = "/oapi/v1/oauth_token";

// A sign-in run: a fake that knows the page's URL as the test app's redirect URI, with the vendor's
// consent screen at the authorize endpoint, and the flow's own checks.
async function signIn(
  pageUrl: string,
  check: (outcome: unknown, adguard: FakeAdGuardDnsServer) => void,
): Promise<BrowserPageRun> {
  const adguard = await startFakeAdGuardDnsServer({
    clients: [{ clientId, redirectUris: [pageUrl] }],
  });
  return {
    target: adguard.url,
    consentPath: "/oapi/v1/oauth_authorize",
    config: { clientId },
    check: (outcome) => check(outcome, adguard),
    close: () => adguard.close(),
  };
}

/** The authorization-code page (`browser/code.ts`) and the implicit-flow page (`browser/implicit.ts`). */
export const browserPages: BrowserSuiteFile["browserPages"] = {
  code: {
    test: "signs in to AdGuard DNS with the authorization code and PKCE, then makes typed calls",
    start: ({ pageUrl }) =>
      signIn(pageUrl, (outcome, adguard) => {
        expect(outcome).toEqual({
          result: {
            verifierInUrl: false,
            devicesLimit: expect.any(Number),
            devices: expect.any(Number),
            session: "valid",
          },
        });
        const exchanges = adguard.requests({ path: tokenPath });
        expect(exchanges.map((r) => `${r.grant} ${r.status}`)).toEqual(["authorization_code 200"]);
      }),
  },
  implicit: {
    test: "signs in to AdGuard DNS with the implicit flow, the token coming back in the fragment",
    start: ({ pageUrl }) =>
      signIn(pageUrl, (outcome, adguard) => {
        expect(outcome).toEqual({ result: { devicesLimit: expect.any(Number), session: "valid" } });
        // The token came in the fragment: nothing was exchanged.
        expect(adguard.count({ path: tokenPath })).toBe(0);
      }),
  },
};
