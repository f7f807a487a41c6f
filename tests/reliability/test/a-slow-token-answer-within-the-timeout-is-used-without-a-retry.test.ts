// A slow but timely token answer is simply waited for: one token request, then the API call.
import { describe, it } from "vitest";
import { tokenFlows } from "../src/flows/all-flows.js";
import { checkTokenFault } from "../src/flows/run-token-fault.js";
import { timing } from "../src/flows/token-flow.js";
import { tally } from "../src/support/tally.js";

describe.each(tokenFlows)("$name", (flow) => {
  it(`an answer ${timing.slowMs} ms late: one token request, then success`, async (context) => {
    tally(context, { faults: 1 });
    await checkTokenFault(flow, { kind: "slow" }, 1);
  });
});
