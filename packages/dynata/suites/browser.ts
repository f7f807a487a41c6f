// Dynata's page in the browser suite (tests/browser): password login, a typed call and logout.
import { systemClock } from "@provider-clients/auth";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import type { BrowserSuiteFile } from "@provider-clients/scripts/suites/browser";
import { expect } from "vitest";

/** The password page (`browser/password.ts`). */
export const browserPages: BrowserSuiteFile["browserPages"] = {
  password: {
    test: "logs in to Dynata with a password, lists projects and logs out",
    async start() {
      // The page's client runs on the browser's clock, so the fake's token lifetimes do too.
      const dynata = await startFakeDynataServer({ clock: systemClock });
      return {
        target: dynata.url,
        config: { ...fakeDynataUser },
        check(outcome) {
          expect(outcome).toEqual({
            result: { projects: expect.any(Number), signedIn: "valid", afterLogout: "empty" },
          });
          const calls = (path: string) => dynata.count({ path: `/auth/v1/${path}` });
          expect([calls("token/password"), calls("logout")]).toEqual([1, 1]);
        },
        close: () => dynata.close(),
      };
    },
  },
};
