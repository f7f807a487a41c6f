import {
  operationForPath,
  readCassettes,
  recordedDirOrWarn,
  replayFetch,
} from "@provider-clients/scripts/replay";
import { describe, expect, it } from "vitest";
import { operations } from "../src/generated/operations.js";
import { createDynuClient, dynuAuth } from "../src/index.js";
import { type SpecMismatchReport, withResponseValidation } from "../src/validate.js";

const dir = recordedDirOrWarn("dynu");
const answers = dir ? await readCassettes(dir) : [];

describe.skipIf(!dir)("drift detection on every recorded Dynu answer", () => {
  it("replays all 373 live answers through a validating client and reports none of them", async () => {
    const reports: (SpecMismatchReport & { source: string })[] = [];
    for (const answer of answers) {
      const recorded = new URL(answer.request!.url);
      const path = recorded.pathname.slice("/v2".length);
      const match = operationForPath(operations, answer.request!.method, path)!;
      const client = withResponseValidation(
        createDynuClient({
          auth: dynuAuth.apiKey("replay-key"),
          retry: false,
          fetch: replayFetch(answer).fetch,
        }),
        {
          validateResponses: "report",
          onSpecMismatch: (report) => reports.push({ ...report, source: answer.source }),
        },
      );
      const request = client.request as (m: string, p: string, i: unknown) => Promise<unknown>;
      await request(match.method, match.path, {
        params: { path: match.params, query: Object.fromEntries(recorded.searchParams) },
        body: answer.request?.body ? JSON.parse(answer.request.body) : undefined,
      });
    }
    expect(answers).toHaveLength(373);
    expect(reports).toEqual([]);
  });
});
