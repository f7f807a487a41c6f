import {
  operationForPath,
  type ReplayOutcome,
  readCassettes,
  recordedDirOrWarn,
  replayThroughClient,
  unexplainedProblems,
} from "@provider-clients/scripts/replay";
import { createSpecValidator, type SpecValidator } from "@provider-clients/scripts/spec-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { operations } from "../src/generated/operations.js";
import { createDynuClient, dynuAuth } from "../src/index.js";

// Dynu answers live: no recorded answer is broken on purpose, so nothing is allow-listed.
const BROKEN_ON_PURPOSE: Readonly<Record<string, string>> = {};
const BASE = "https://api.dynu.com/v2";

const dir = recordedDirOrWarn("dynu");
const answers = dir ? await readCassettes(dir) : [];
let validator: SpecValidator;
beforeAll(async () => {
  validator = await createSpecValidator("dynu", { undeclared: true, formats: true });
});

// The recorded request, sent again through the client by its operation, answered as recorded.
async function replay(source: string): Promise<{ outcome: ReplayOutcome; recorded: URL }> {
  const answer = answers.find((a) => a.source === source);
  if (!answer?.request) throw new Error(`${source}: no recorded request`);
  const recorded = new URL(answer.request.url);
  const match = operationForPath(
    operations,
    answer.request.method,
    recorded.pathname.slice("/v2".length),
  );
  if (!match)
    throw new Error(`${source}: ${answer.request.method} ${recorded.pathname} is in no operation`);
  const outcome = await replayThroughClient({
    answer,
    operationId: match.operationId,
    operation: match,
    validator,
    call: (fetch) => {
      const client = createDynuClient({ auth: dynuAuth.apiKey("replay-key"), retry: false, fetch });
      const request = client.request as (
        m: string,
        p: string,
        i: unknown,
      ) => ReturnType<typeof client.GET>;
      return request(match.method, match.path, {
        params: { path: match.params, query: Object.fromEntries(recorded.searchParams) },
        body: answer.request?.body ? JSON.parse(answer.request.body) : undefined,
      });
    },
  });
  return { outcome, recorded };
}

describe.skipIf(!dir)(
  "every recorded Dynu answer replays through the client and matches our spec",
  () => {
    it("reads all 373 request/answer pairs from the 25 cassettes", () => {
      expect(answers).toHaveLength(373);
      expect(new Set(answers.map((a) => a.source.split("#")[0])).size).toBe(25);
    });

    it.each(answers.map((a) => a.source))("%s", async (source) => {
      const { outcome, recorded } = await replay(source);
      // The client rebuilt the recorded request: same method, path and query.
      const sent = outcome.requests.map((r) => {
        const url = new URL(r.url);
        return `${r.method} ${url.origin}${url.pathname}${url.search}`;
      });
      expect(sent).toEqual([
        `${answers.find((a) => a.source === source)?.request?.method} ${BASE}${recorded.pathname.slice(3)}${recorded.search}`,
      ]);
      expect(unexplainedProblems(outcome, BROKEN_ON_PURPOSE)).toEqual([]);
    });
  },
);
