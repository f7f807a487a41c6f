import {
  type ReplayOutcome,
  readRawHttpAnswers,
  recordedDirOrWarn,
  replayThroughClient,
  samplePath,
  unexplainedProblems,
} from "@provider-clients/scripts/replay";
import { createSpecValidator, type SpecValidator } from "@provider-clients/scripts/spec-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { operations } from "../src/generated/index.js";
import { createDnsimpleClient, dnsimpleAuth, ResponseParseError } from "../src/index.js";
import {
  BROKEN_ON_PURPOSE,
  OLDER_FOLDER_NAMES,
  operationIdOf,
  PAGING_ANSWERS,
} from "./support/recorded-answers.js";

const dir = recordedDirOrWarn("dnsimple");
const answers = dir ? await readRawHttpAnswers(dir) : [];
const table: Record<string, { method: string; path: string }> = operations;
let validator: SpecValidator;
beforeAll(async () => {
  validator = await createSpecValidator("dnsimple", { undeclared: true, formats: true });
});

// One client call per answer: the operation's method and path, every path parameter "1".
async function replay(source: string): Promise<ReplayOutcome> {
  const answer = answers.find((a) => a.source === source);
  const operationId = operationIdOf(source);
  if (!answer || !operationId || !table[operationId]) throw new Error(`${source}: no operation`);
  const operation = table[operationId];
  const { params } = samplePath(operation.path);
  return replayThroughClient({
    answer,
    operationId,
    operation,
    validator,
    call: (fetch) => {
      const client = createDnsimpleClient({
        auth: dnsimpleAuth.accessToken("replay-token"),
        baseUrl: "https://api.dnsimple.test/v2",
        retry: false,
        fetch,
      });
      const request = client.request as (
        m: string,
        p: string,
        i: unknown,
      ) => ReturnType<typeof client.GET>;
      return request(operation.method, operation.path, { params: { path: params } });
    },
  });
}

describe.skipIf(!dir)(
  "every recorded DNSimple answer replays through the client and matches our spec",
  () => {
    it("reads all 165 answers and maps every folder to one of our operations", () => {
      expect(answers).toHaveLength(165);
      const unmapped = answers
        .filter((a) => !PAGING_ANSWERS.includes(a.source))
        .filter((a) => !table[operationIdOf(a.source) ?? ""])
        .map((a) => a.source);
      expect(unmapped).toEqual([]);
      for (const [older, ours] of Object.entries(OLDER_FOLDER_NAMES))
        expect(table[ours], older).toBeDefined();
    });

    const replayed = answers.filter((a) => !PAGING_ANSWERS.includes(a.source));
    it.each(replayed.map((a) => a.source))("%s", async (source) => {
      const outcome = await replay(source);
      const operation = table[outcome.operationId]!;
      // The client sent exactly one request, with the operation's method and path.
      expect(outcome.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
        `${operation.method.toUpperCase()} /v2${samplePath(operation.path).path}`,
      ]);
      expect(unexplainedProblems(outcome, BROKEN_ON_PURPOSE)).toEqual([]);
    });

    it.each(PAGING_ANSWERS)(
      "%s: the generic paging answer carries a valid pagination block",
      (source) => {
        const answer = answers.find((a) => a.source === source);
        const body = JSON.parse(answer?.body ?? "null") as { data: unknown; pagination: unknown };
        expect(Array.isArray(body.data)).toBe(true);
        expect(validator.validateSchema("Pagination", body.pagination).problems).toEqual([]);
      },
    );

    it("the client is honest about the broken answers: a parse error, and an error object for each failure", async () => {
      const html200 = await replay("success-with-malformed-json.http");
      expect(html200.thrown).toBeInstanceOf(ResponseParseError);
      expect(html200.thrown).toMatchObject({
        status: 200,
        contentType: "text/html",
        operation: "getDomain",
      });
      expect(String(html200.thrown)).not.toContain("replay-token");
      const empty405 = await replay("method-not-allowed.http");
      expect(empty405.error).toEqual({ status: 405, empty: true });
      const badGateway = await replay("badgateway.http");
      expect(badGateway.error).toEqual(expect.stringContaining("502 Bad Gateway"));
    });

    it("the allow-list names only recorded files", () => {
      const sources = new Set(answers.map((a) => a.source));
      expect(Object.keys(BROKEN_ON_PURPOSE).filter((s) => !sources.has(s))).toEqual([]);
    });
  },
);
