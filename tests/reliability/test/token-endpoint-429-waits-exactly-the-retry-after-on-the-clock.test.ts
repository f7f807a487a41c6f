// 429 with Retry-After from a token endpoint: waited for on the clock, or refused when too long.
import { describe, it } from "vitest";
import { tokenFlows } from "../src/flows/all-flows.js";
import { checkTokenFault, faultLabel } from "../src/flows/run-token-fault.js";
import { tokenFaultCases } from "../src/flows/token-fault-catalogue.js";
import { tally } from "../src/support/tally.js";

describe.each(tokenFlows)("$name", (flow) => {
  for (const { fault, times } of tokenFaultCases.retryAfter) {
    const result =
      fault.kind === "retry-after" && fault.seconds <= 60
        ? "waits exactly that long on the clock, then one retry succeeds"
        : "longer than maxRetryAfterMs: TokenRequestError 429 at once";
    it(`${faultLabel(fault, times)}: ${result}`, async (context) => {
      tally(context, { faults: 1 });
      await checkTokenFault(flow, fault, times);
    });
  }
});
