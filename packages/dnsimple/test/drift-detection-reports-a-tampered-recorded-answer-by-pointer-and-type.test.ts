import { readRawHttpAnswers, recordedDirOrWarn } from "@provider-clients/scripts/replay";
import { describe, expect, it } from "vitest";
import type { SpecMismatchReport } from "../src/validate.js";
import { replayToken, validatingReplay } from "./support/validating-replay.js";

const dir = recordedDirOrWarn("dnsimple");
const answer = dir
  ? (await readRawHttpAnswers(dir)).find((a) => a.source === "getDomain/success.http")
  : undefined;

// Every leaf value of a JSON document, as text: none of them may appear in a report.
function leafValues(value: unknown): string[] {
  if (value === null || typeof value !== "object") return [String(value)];
  return Object.values(value).flatMap(leafValues);
}

describe.skipIf(!dir)("drift detection on a real recorded answer (getDomain/success.http)", () => {
  it("reports operationId, status, pointer and both types of a field whose type changed", async () => {
    const recorded = JSON.parse(answer!.body) as { data: Record<string, unknown> };
    expect(typeof recorded.data.id).toBe("number");
    // The vendor starts sending the domain id as a string: a change our types would hide.
    const tampered = { ...recorded, data: { ...recorded.data, id: "rid-secret-7f3a" } };
    const reports: SpecMismatchReport[] = [];
    const client = validatingReplay(
      answer!,
      { validateResponses: "report", onSpecMismatch: (report) => reports.push(report) },
      JSON.stringify(tampered),
    );

    const { data } = await client.op.getDomain({
      params: { path: { account: 1385, domain: "x" } },
    });

    expect(data?.data.name, "report mode returns the answer as usual").toBe(recorded.data.name);
    expect(reports).toEqual([
      {
        operationId: "getDomain",
        method: "GET",
        status: 200,
        statusDeclared: true,
        mismatches: [
          { pointer: "/data/id", keyword: "type", expected: "integer", actual: "string" },
        ],
      },
    ]);
    const text = JSON.stringify(reports);
    for (const value of [...leafValues(tampered), replayToken]) {
      if (value.length >= 4 && !["true", "false", "null"].includes(value)) {
        expect(text).not.toContain(value);
      }
    }
  });

  it("reports nothing for the same answer untampered", async () => {
    const reports: SpecMismatchReport[] = [];
    const client = validatingReplay(answer!, {
      validateResponses: "report",
      onSpecMismatch: (report) => reports.push(report),
    });
    const { data } = await client.op.getDomain({
      params: { path: { account: 1385, domain: "x" } },
    });
    expect(data?.data.id).toBeTypeOf("number");
    expect(reports).toEqual([]);
  });
});
