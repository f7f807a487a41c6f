// AdGuard DNS's pages in the browser suite (tests/browser): both browser sign-ins, each against its own fake.

import { startFakeAdGuardDnsServer } from "@provider-clients/adguard-dns/testing";
import type { BrowserSuiteFile } from "@provider-clients/scripts/suites/browser";
import { expect } from "vitest";

const clientId = "browser-test-app";
// The vendor's sign-in and consent screen sits at the authorize endpoint.
const consentPath = "/oapi/v1/oauth_authorize";
const tokenPath = "/oapi/v1/oauth_token";

// A fake that knows the page's URL as the test app's redirect URI.
const startFor = (pageUrl: string) =>
  startFakeAdGuardDnsServer({ clients: [{ clientId, redirectUris: [pageUrl] }] });

/** The authorization-code page (`browser/code.ts`) and the implicit-flow page (`browser/implicit.ts`). */
export const browserPages: BrowserSuiteFile["browserPages"] = {
  code: {
    test: "signs in to AdGuard DNS with the authorization code and PKCE, then makes typed calls",
    async start({ pageUrl }) {
      const adguard = await startFor(pageUrl);
      return {
        target: adguard.url,
        consentPath,
        config: { clientId },
        check(outcome) {
          expect(outcome).toEqual({
            result: {
              verifierInUrl: false,
              devicesLimit: expect.any(Number),
              devices: expect.any(Number),
              session: "valid",
            },
          });
          const exchanges = adguard.requests({ path: tokenPath });
          expect(exchanges.map((r) => `${r.grant} ${r.status}`)).toEqual([
            "authorization_code 200",
          ]);
        },
        close: () => adguard.close(),
      };
    },
  },
  implicit: {
    test: "signs in to AdGuard DNS with the implicit flow, the token coming back in the fragment",
    async start({ pageUrl }) {
      const adguard = await startFor(pageUrl);
      return {
        target: adguard.url,
        consentPath,
        config: { clientId },
        check(outcome) {
          expect(outcome).toEqual({
            result: { devicesLimit: expect.any(Number), session: "valid" },
          });
          expect(adguard.count({ path: tokenPath })).toBe(0);
        },
        close: () => adguard.close(),
      };
    },
  },
};
