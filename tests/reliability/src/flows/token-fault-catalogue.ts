// Every token-endpoint fault the suite tries, grouped as the test files take them.
import type { Times } from "./expected-outcome.js";
import type { TokenFault } from "./token-flow.js";

/** A fault and how often it fires. */
export interface FaultCase {
  fault: TokenFault;
  times: Times;
}

const both = (fault: TokenFault): FaultCase[] => [
  { fault, times: 1 },
  { fault, times: "always" },
];

/** The catalogue, by group. */
export const tokenFaultCases = {
  serverErrors: ([500, 502, 503] as const).flatMap((status) => both({ kind: "status", status })),
  resets: both({ kind: "reset" }),
  timeouts: [{ fault: { kind: "timeout" }, times: 1 }],
  slowAnswers: [{ fault: { kind: "slow" }, times: 1 }],
  invalidJson: [{ fault: { kind: "invalid-json" }, times: 1 }],
  htmlPages: both({ kind: "html" }),
  oauthRejections: [
    { fault: { kind: "oauth", error: "invalid_grant", status: 400 }, times: 1 },
    { fault: { kind: "oauth", error: "invalid_client", status: 401 }, times: 1 },
  ],
  mfa: [{ fault: { kind: "mfa" }, times: 1 }],
  retryAfter: [
    { fault: { kind: "retry-after", seconds: 7 }, times: 1 },
    { fault: { kind: "retry-after", seconds: 120 }, times: 1 },
  ],
} satisfies Record<string, FaultCase[]>;

/** All cases in one list. */
export const allTokenFaultCases: readonly FaultCase[] = Object.values(tokenFaultCases).flat();
