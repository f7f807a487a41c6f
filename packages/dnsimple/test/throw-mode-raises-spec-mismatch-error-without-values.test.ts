import { inspect } from "node:util";
import { readRawHttpAnswers, recordedDirOrWarn } from "@provider-clients/scripts/replay";
import { describe, expect, it } from "vitest";
import { ProviderClientError } from "../src/index.js";
import { SpecMismatchError, type SpecMismatchReport } from "../src/validate.js";
import { replayToken, validatingReplay } from "./support/validating-replay.js";

const dir = recordedDirOrWarn("dnsimple");
const answer = dir
  ? (await readRawHttpAnswers(dir)).find((a) => a.source === "getDomain/success.http")
  : undefined;

describe.skipIf(!dir)('validateResponses: "throw"', () => {
  it("raises SpecMismatchError naming the call, pointer and types, and no value from the answer", async () => {
    const recorded = JSON.parse(answer!.body) as { data: Record<string, unknown> };
    // The vendor starts sending the domain name as an object holding a secret-looking value.
    const secret = "sk_live_9d2f0c_not_for_errors";
    const tampered = { ...recorded, data: { ...recorded.data, name: { value: secret } } };
    const reports: SpecMismatchReport[] = [];
    const client = validatingReplay(
      answer!,
      { validateResponses: "throw", onSpecMismatch: (report) => reports.push(report) },
      JSON.stringify(tampered),
    );

    const call = client.op.getDomain({ params: { path: { account: 1385, domain: "x" } } });

    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecMismatchError);
    expect(error).toBeInstanceOf(ProviderClientError);
    const mismatch = error as SpecMismatchError;
    expect(mismatch.name).toBe("SpecMismatchError");
    expect(mismatch.code).toBe("spec_mismatch");
    expect(mismatch.status).toBe(200);
    expect(mismatch.method).toBe("GET");
    expect(mismatch.message).toBe(
      "GET https://api.dnsimple.test/v2/1385/domains/x: dnsimple getDomain answered HTTP 200, unlike the spec at /data/name: expected string, got object",
    );
    expect(mismatch.report).toEqual(reports[0]);
    expect(mismatch.report.mismatches).toEqual([
      { pointer: "/data/name", keyword: "type", expected: "string", actual: "object" },
    ]);
    const everything = `${mismatch.message} ${JSON.stringify(mismatch)} ${inspect(mismatch, { depth: 5 })}`;
    for (const value of [secret, replayToken, String(recorded.data.name)]) {
      expect(everything).not.toContain(value);
    }
  });
});
