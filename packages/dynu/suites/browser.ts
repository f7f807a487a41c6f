// Dynu's pages in the browser suite (tests/browser): what each page's fake holds and what is checked after it.

import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";
import type { BrowserSuiteFile } from "@provider-clients/scripts/suites/browser";
import { expect } from "vitest";

/** The API-key page (`browser/api-key.ts`) updates a seeded record. */
export const browserPages: BrowserSuiteFile["browserPages"] = {
  "api-key": {
    test: "updates a Dynu DNS record with an API key",
    async start() {
      const dynu = await startFakeDynuServer();
      const domain = dynu.seed("domains", { name: "browser.example" });
      const record = dynu.seed(
        "records",
        { recordType: "A", nodeName: "home", ipv4Address: "192.0.2.1" },
        domain.id,
      );
      return {
        target: dynu.url,
        config: { apiKey: fakeDynuCredentials.apiKey, domainId: domain.id, recordId: record.id },
        check(outcome) {
          expect(outcome).toEqual({
            result: { hostname: "home.browser.example", content: "203.0.113.7", session: "static" },
          });
          expect(dynu.state("records").find((r) => r.id === record.id)?.content).toBe(
            "203.0.113.7",
          );
        },
        close: () => dynu.close(),
      };
    },
  },
};
