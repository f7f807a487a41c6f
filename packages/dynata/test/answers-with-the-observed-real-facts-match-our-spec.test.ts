import { createSpecValidator, type SpecValidator } from "@provider-clients/scripts/spec-validator";
import { beforeAll, describe, expect, it } from "vitest";

// A project answer built from the facts seen in real Dynata answers (issue 13); no real file may be shared.
const realLikeProject = {
  data: {
    extProjectId: "p-1",
    title: "Observed",
    state: "LAUNCHED",
    createdAt: "2024/03/05 14:07:09",
    updatedAt: "2024/03/05 14:09:41",
    launchedAt: "2024/03/05 14:09:41",
    closedAt: null,
    exclusions: { type: "", list: null },
    respondentFilters: [{ kind: "unknown shape" }],
    lineItems: [
      {
        extLineItemId: "li-1",
        state: "LAUNCHED",
        countryISOCode: "US",
        languageISOCode: "en",
        createdAt: "2024/03/05 14:07:09",
        updatedAt: "2024/03/05 14:09:41",
        targets: [{ count: 100, type: "COMPLETE", softLaunch: { count: 10 } }],
        quotaPlan: {
          filters: [{ attributeId: "61960", options: ["1"], operator: "INCLUDE" }],
          quotaGroups: [
            {
              quotaGroupId: "g-1",
              name: null,
              quotaCells: [
                {
                  quotaNodes: [{ attributeId: "11", options: ["1"], operator: "EXCLUDE" }],
                  count: 50,
                },
              ],
            },
          ],
        },
      },
    ],
  },
  status: { message: "success", errors: [] },
  meta: null,
};

let spec: SpecValidator;
beforeAll(async () => {
  spec = await createSpecValidator("dynata", { undeclared: true, formats: true });
});

function check(body: unknown): readonly string[] {
  return spec.validateResponse({
    method: "GET",
    path: "/sample/v1/projects/{extProjectId}",
    status: 200,
    contentType: "application/json",
    body,
  }).problems;
}

describe("answers with the facts seen in real Dynata answers match our spec", () => {
  it("accepts upper-case operators, null meta and exclusions, YYYY/MM/DD times and the extra fields", () => {
    expect(check(realLikeProject)).toEqual([]);
  });

  it("still accepts the forms the clients' fixtures show (lower-case operators, MM/DD/YYYY times)", () => {
    const older = structuredClone(realLikeProject);
    older.data.createdAt = "03/05/2024 14:07:09";
    const filter = older.data.lineItems[0]?.quotaPlan.filters[0];
    if (filter) filter.operator = "include";
    expect(check(older)).toEqual([]);
  });

  it("rejects a timestamp in neither form and an operator in neither spelling", () => {
    const wrong = structuredClone(realLikeProject);
    wrong.data.createdAt = "2024-03-05T14:07:09Z";
    const filter = wrong.data.lineItems[0]?.quotaPlan.filters[0];
    if (filter) filter.operator = "Include";
    const problems = check(wrong);
    expect(problems.some((p) => p.startsWith("/data/createdAt"))).toBe(true);
    expect(problems.some((p) => p.includes("/operator"))).toBe(true);
  });
});
