import { expect, it } from "vitest";
import { dnsimpleAccessToken, dnsimpleAuth } from "../src/index.js";

// Bundles that import it alone leave the OAuth code flow out; it must be the same flow.
it("exports dnsimpleAuth.accessToken on its own as the same function", () => {
  expect(dnsimpleAccessToken).toBe(dnsimpleAuth.accessToken);
});
