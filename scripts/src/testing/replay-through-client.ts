// Plays one recorded answer through a real client call and validates what the client returns.
import { mediaTypeOf, type RecordedAnswer, replayFetch } from "./recorded-answer.js";
import type { SpecValidator } from "./spec-validator.js";

/** What openapi-fetch gives back (the parts read here). */
export interface ClientResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The verdict on one replayed answer. */
export interface ReplayOutcome {
  readonly source: string;
  readonly operationId: string;
  readonly status: number;
  /** Empty when the client returned the body and it matches the spec's declared response. */
  readonly problems: readonly string[];
  /** The requests the client sent (one, unless it retried). */
  readonly requests: readonly Request[];
  /** What the call threw, if it threw. */
  readonly thrown?: unknown;
  /** The client's `error` for a non-2xx answer. */
  readonly error?: unknown;
}

/** Calls `call` with a fetch that answers with `answer`, then checks the result against the spec. */
export async function replayThroughClient(input: {
  answer: RecordedAnswer;
  operationId: string;
  operation: { method: string; path: string };
  validator: SpecValidator;
  call: (fetch: typeof globalThis.fetch) => Promise<ClientResult>;
}): Promise<ReplayOutcome> {
  const { answer, operationId, operation, validator } = input;
  const replay = replayFetch(answer);
  const base = {
    source: answer.source,
    operationId,
    status: answer.status,
    requests: replay.requests,
  };
  let result: ClientResult;
  try {
    result = await input.call(replay.fetch);
  } catch (thrown) {
    const name = thrown instanceof Error ? thrown.name : typeof thrown;
    return { ...base, thrown, problems: [`the client threw ${name}`] };
  }
  const body = result.response.ok ? result.data : result.error;
  const check = validator.validateResponse({
    method: operation.method,
    path: operation.path,
    status: answer.status,
    contentType: mediaTypeOf(answer),
    body,
  });
  return result.response.ok
    ? { ...base, problems: check.problems }
    : { ...base, problems: check.problems, error: result.error };
}

/**
 * What a replay suite must fail on: any problem of an answer that is not allow-listed, and an
 * allow-listed answer that now matches (its entry is stale).
 */
export function unexplainedProblems(
  outcome: ReplayOutcome,
  brokenOnPurpose: Readonly<Record<string, string>>,
): readonly string[] {
  if (!(outcome.source in brokenOnPurpose)) return outcome.problems;
  return outcome.problems.length > 0
    ? []
    : [`${outcome.source} is allow-listed as broken but now matches: drop it from the list`];
}
