import {
  type RecordedAnswer,
  readRawHttpAnswers,
  recordedDirOrWarn,
  samplePath,
} from "@provider-clients/scripts/replay";
import { createSpecValidator } from "@provider-clients/scripts/spec-validator";
import { describe, expect, it } from "vitest";
import { operations } from "../src/generated/index.js";
import type { SpecMismatchReport } from "../src/validate.js";
import { operationIdOf } from "./support/recorded-answers.js";
import { validatingReplay } from "./support/validating-replay.js";

type OperationId = keyof typeof operations;
type AnyCall = (init: unknown) => Promise<unknown>;

const dir = recordedDirOrWarn("dnsimple");
const answers = dir ? await readRawHttpAnswers(dir) : [];

/** Replays one answer through a validating client and returns what drift detection reported. */
async function driftReports(operationId: OperationId, answer: RecordedAnswer) {
  const reports: SpecMismatchReport[] = [];
  const client = validatingReplay(answer, {
    validateResponses: "report",
    onSpecMismatch: (report) => reports.push(report),
  });
  const { params } = samplePath(operations[operationId].path);
  // A body that is not JSON at all makes the call itself fail (ResponseParseError): not drift's job.
  await (client.op[operationId] as AnyCall)({ params: { path: params } }).catch(() => undefined);
  return reports;
}

/** The body as the spec validator takes it: parsed JSON, else the text. */
function parsedBody(answer: RecordedAnswer): unknown {
  try {
    return JSON.parse(answer.body);
  } catch {
    return answer.body;
  }
}

describe.skipIf(!dir)("drift detection on every recorded DNSimple answer", () => {
  it("reports exactly the answers the spec validator rejects, and nothing on the others", async () => {
    // The same checks as drift detection: types, nullability, required, enums; no formats.
    const spec = await createSpecValidator("dnsimple");
    const disagreements: string[] = [];
    let replayed = 0;
    for (const answer of answers) {
      const operationId = operationIdOf(answer.source) as OperationId | undefined;
      if (!operationId || !Object.hasOwn(operations, operationId)) continue;
      const { method, path } = operations[operationId];
      const reports = await driftReports(operationId, answer);
      const contentType =
        answer.headers.find(([header]) => header.toLowerCase() === "content-type")?.[1] ?? null;
      const verdict = spec.validateResponse({
        method,
        path,
        status: answer.status,
        contentType,
        body: parsedBody(answer),
      });
      replayed++;
      if (verdict.ok !== (reports.length === 0)) {
        disagreements.push(
          `${answer.source}: spec validator ${verdict.ok ? "passes" : "rejects"} it, drift reports ${reports.length}`,
        );
      }
    }
    expect(replayed).toBeGreaterThan(150);
    expect(disagreements).toEqual([]);
  });
});
