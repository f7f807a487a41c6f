// The fake-server kit's usual answer for each token fault; a provider's flow changes only what differs.
import type { FaultSpec } from "@provider-clients/auth/testing";
import type { TokenFault } from "@provider-clients/scripts/suites/reliability";
import { timing } from "./token-flow.js";

/** The kit fault that plays `fault` at a token endpoint (OAuth refusals in RFC 6749's shape). */
export function kitTokenFault(fault: TokenFault): FaultSpec {
  switch (fault.kind) {
    case "status":
      return { kind: "status", status: fault.status };
    case "reset":
      return { kind: "reset" };
    case "timeout":
      return { kind: "delay", ms: timing.hangMs };
    case "slow":
      return { kind: "delay", ms: timing.slowMs };
    case "invalid-json":
      return { kind: "invalid-json" };
    case "html":
      return { kind: "html", status: 502 };
    case "oauth":
      return {
        kind: "status",
        status: fault.status,
        body: { error: fault.error, error_description: "injected rejection" },
      };
    case "retry-after":
      return { kind: "rate-limited", retryAfterSeconds: fault.seconds };
    case "mfa":
      throw new RangeError("the kit has no MFA answer: a flow that supports mfa plays it itself");
  }
}
