// Runs one token-endpoint fault on one flow and checks it against its defined outcome.
import { expect } from "vitest";
import { createRunContext } from "../support/run-context.js";
import type { RequestKind, WireEntry } from "../support/wire-log.js";
import { type Expected, expectedOutcome, type Times } from "./expected-outcome.js";
import type { Outcome, RunOptions, TokenFault, TokenFlow } from "./token-flow.js";

/** What one run left behind. */
export interface FaultRun {
  outcome: Outcome;
  /** Requests sent after any priming login. */
  wire: WireEntry[];
  sleeps: number[];
  serverApiWithoutCredential: number | undefined;
}

/** A short label for test names, e.g. `HTTP 503 always`. */
export function faultLabel(fault: TokenFault, times: Times): string {
  const what =
    fault.kind === "status"
      ? `HTTP ${fault.status}`
      : fault.kind === "oauth"
        ? `${fault.error} (${fault.status})`
        : fault.kind === "retry-after"
          ? `429 Retry-After ${fault.seconds}`
          : fault.kind;
  return times === 1 ? `${what} once` : `${what} on every attempt`;
}

/** Starts `flow`, injects `fault` `times`, exercises it once and closes it again. */
export async function runTokenFault(
  flow: TokenFlow,
  fault: TokenFault,
  times: Times,
  options: RunOptions = {},
): Promise<FaultRun> {
  const run = await flow.start(createRunContext(options));
  try {
    run.inject(fault, times === 1 ? 1 : Number.POSITIVE_INFINITY);
    const outcome = await run.exercise();
    return {
      outcome,
      wire: [...run.wire.entries],
      sleeps: [...run.clock.sleeps],
      serverApiWithoutCredential: run.serverApiWithoutCredential(),
    };
  } finally {
    await run.close();
  }
}

const tokenKinds: RequestKind[] = [
  "password",
  "refresh",
  "client_credentials",
  "authorization_code",
];

/** Asserts a run against the defined outcome: result, exact token requests, credentials. */
export function expectDefinedOutcome(run: FaultRun, expected: Expected): void {
  // "password 1, refresh 2": readable in a failure message, exact in what it compares.
  const describe = (count: (kind: RequestKind) => number) =>
    tokenKinds
      .map((kind) => `${kind} ${count(kind)}`)
      .filter((entry) => !entry.endsWith(" 0"))
      .join(", ") || "none";
  expect(
    describe((kind) => run.wire.filter((e) => e.kind === kind).length),
    "token requests by grant (no retry storm, no missing retry)",
  ).toBe(describe((kind) => expected.tokenRequests[kind] ?? 0));

  const api = run.wire.filter((e) => e.kind === "api");
  expect(
    api.filter((e) => !e.credential),
    "API requests sent without a credential",
  ).toEqual([]);
  if (run.serverApiWithoutCredential !== undefined) {
    expect(run.serverApiWithoutCredential, "API requests the fake saw without one").toBe(0);
  }

  if (expected.kind === "recovers") {
    if (!run.outcome.ok) throw run.outcome.error;
    expect(run.outcome.status).toBe(200);
    expect(api.map((e) => e.outcome)).toEqual([200]);
    if (expected.slept !== undefined) expect(run.sleeps).toContain(expected.slept);
    return;
  }
  expect(run.outcome.ok, "the call should have failed").toBe(false);
  const error = (run.outcome as { error: unknown }).error;
  expect(error).toBeInstanceOf(expected.errorClass);
  const fields = error as { code?: string; name?: string; status?: number; error?: string };
  if (expected.code !== undefined) expect(fields.code).toBe(expected.code);
  if (expected.name !== undefined) expect(fields.name).toBe(expected.name);
  if (expected.status !== undefined) expect(fields.status).toBe(expected.status);
  if (expected.oauthError !== undefined) expect(fields.error).toBe(expected.oauthError);
  expect(api, "no API request goes out when no token could be had").toEqual([]);
}

/** Runs and checks in one go; returns the run for further checks. */
export async function checkTokenFault(
  flow: TokenFlow,
  fault: TokenFault,
  times: Times,
): Promise<FaultRun> {
  const run = await runTokenFault(flow, fault, times);
  expectDefinedOutcome(run, expectedOutcome(flow, fault, times));
  return run;
}
