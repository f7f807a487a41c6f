// invalid_grant and invalid_client: an OAuthError with the server's `error` after one request, or,
// for a rejected refresh, one fallback to the password grant.
import { describe, it } from "vitest";
import { tokenFlows } from "../src/flows/all-flows.js";
import { checkTokenFault, faultLabel } from "../src/flows/run-token-fault.js";
import { tokenFaultCases } from "../src/flows/token-fault-catalogue.js";
import { tally } from "../src/support/tally.js";

describe.each(tokenFlows)("$name", (flow) => {
  for (const { fault, times } of tokenFaultCases.oauthRejections) {
    const result = flow.fallsBack
      ? "the refresh is given up and the password grant runs once"
      : "OAuthError with that error after exactly one request";
    it(`${faultLabel(fault, times)}: ${result}`, async (context) => {
      tally(context, { faults: 1 });
      await checkTokenFault(flow, fault, times);
    });
  }
});
