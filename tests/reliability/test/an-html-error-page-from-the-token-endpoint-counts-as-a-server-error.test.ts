// A proxy's HTML 502 page in front of a token endpoint: a server error, retried, never parsed as tokens.
import { describe, it } from "vitest";
import { tokenFlows } from "../src/flows/all-flows.js";
import { checkTokenFault, faultLabel } from "../src/flows/run-token-fault.js";
import { tokenFaultCases } from "../src/flows/token-fault-catalogue.js";
import { tally } from "../src/support/tally.js";

describe.each(tokenFlows)("$name", (flow) => {
  for (const { fault, times } of tokenFaultCases.htmlPages) {
    const result =
      times === 1 ? "one retry, then success" : "four attempts, then TokenRequestError 502";
    it(`${faultLabel(fault, times)}: ${result}`, async (context) => {
      tally(context, { faults: 1 });
      await checkTokenFault(flow, fault, times);
    });
  }
});
