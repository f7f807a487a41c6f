// A 200 whose body is not JSON: TokenRequestError `invalid_token_response`, status 200, no retry.
import { describe, it } from "vitest";
import { tokenFlows } from "../src/flows/all-flows.js";
import { checkTokenFault } from "../src/flows/run-token-fault.js";
import { tally } from "../src/support/tally.js";

describe.each(tokenFlows)("$name", (flow) => {
  it("a 200 with broken JSON: TokenRequestError invalid_token_response after one request", async (context) => {
    tally(context, { faults: 1 });
    await checkTokenFault(flow, { kind: "invalid-json" }, 1);
  });
});
