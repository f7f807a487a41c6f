// Dynu's pages in the browser suite (tests/browser): what each page's fake holds and what is checked after it.

import { startTestServer } from "@provider-clients/auth/testing";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";
import type { BrowserSuiteFile } from "@provider-clients/scripts/suites/browser";
import { expect } from "vitest";

/** The API-key page (`browser/api-key.ts`) updates a seeded record; the redirect page (`browser/redirect.ts`) is sent away. */
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
  redirect: {
    test: "refuses a Dynu answer that redirects to another origin, in the client and the openapi-fetch middleware, with nothing sent there",
    async start() {
      const dynu = await startFakeDynuServer();
      const elsewhere: string[] = [];
      const attacker = await startTestServer((request, response) => {
        elsewhere.push(`${request.method} ${request.url} ${request.headers["api-key"] ?? ""}`);
        response.end();
      });
      // Both calls are answered 302 with a Location on another origin.
      dynu.faults.inject({
        kind: "status",
        status: 302,
        headers: { location: `${attacker.url}/steal` },
        operationId: "dnsGet",
        times: 2,
      });
      return {
        target: dynu.url,
        config: { apiKey: fakeDynuCredentials.apiKey },
        check(outcome) {
          expect(outcome).toEqual({
            result: {
              client: "ProviderClientError redirect_refused",
              middleware: "ProviderClientError redirect_refused",
            },
          });
          expect(dynu.faults.pending()).toBe(0);
          expect(elsewhere).toEqual([]);
        },
        close: async () => {
          await attacker.close();
          await dynu.close();
        },
      };
    },
  },
};
