// A token endpoint that answers only after the client's timeoutMs: that attempt is dropped and retried.
import { describe, it } from "vitest";
import { tokenFlows } from "../src/flows/all-flows.js";
import { checkTokenFault } from "../src/flows/run-token-fault.js";
import { timing } from "../src/flows/token-flow.js";
import { tally } from "../src/support/tally.js";

// Each flow has its own fake server and clock, so the real-time waits can overlap.
describe.concurrent("a token endpoint slower than the timeout", () => {
  for (const flow of tokenFlows) {
    const result =
      flow.grant === "authorization_code"
        ? "the caller's AbortSignal.timeout ends the exchange with a TimeoutError, unretried"
        : `the attempt is abandoned after timeoutMs (${timing.timeoutMs} ms) and one retry succeeds`;
    it(`${flow.name}: an answer held back ${timing.hangMs} ms: ${result}`, async (context) => {
      tally(context, { faults: 1 });
      await checkTokenFault(flow, { kind: "timeout" }, 1);
    });
  }
});
