import { expect, it } from "vitest";
import { adguardDnsAccessToken, adguardDnsApiKey, adguardDnsAuth } from "../src/index.js";

// Bundles that import them alone leave the token engine out; they must be the same flows.
it("exports the static adguardDnsAuth flows on their own as the same functions", () => {
  expect(adguardDnsApiKey).toBe(adguardDnsAuth.apiKey);
  expect(adguardDnsAccessToken).toBe(adguardDnsAuth.accessToken);
});
