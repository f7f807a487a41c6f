// DNSimple's page in the browser suite (tests/browser): whoami with the fake's access token, and a refused one.

import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";
import type { BrowserSuiteFile } from "@provider-clients/scripts/suites/browser";
import { expect } from "vitest";

/** The access-token page (`browser/token.ts`). */
export const browserPages: BrowserSuiteFile["browserPages"] = {
  token: {
    test: "calls DNSimple's whoami with an access token, and a refused one throws a named ApiError",
    async start() {
      const dnsimple = await startFakeDnsimpleServer();
      return {
        target: dnsimple.url,
        config: { token: dnsimple.accessToken },
        check(outcome) {
          expect(outcome).toEqual({
            result: { account: dnsimple.account.id, session: "static", refused: "ApiError 401" },
          });
        },
        close: () => dnsimple.close(),
      };
    },
  },
};
