// The pull request specs:watch writes: verdict and breaking changes with advice first, labels by bump.
import { describe, expect, it } from "vitest";
import type { Change } from "../src/diff/index.js";
import { renderPullRequest } from "../src/specs/watch/render-pull-request.js";

const removedField: Change = {
  kind: "response-property-removed",
  severity: "breaking",
  operation: "GET /oapi/v1/devices",
  location: "responses/200/application/json/items/name",
  message: "response property name removed",
  pointer: { old: "/paths/~1oapi~1v1~1devices/get/responses/200", new: null },
  before: { type: "string" },
  after: null,
  operations: ["GET /oapi/v1/devices", "GET /oapi/v1/devices/{device_id}"],
  advice: "Stop reading `name`; it is no longer sent.",
};
const addedCall: Change = {
  kind: "operation-added",
  severity: "additive",
  operation: "GET /oapi/v1/usage",
  location: "",
  pointer: { old: null, new: "/paths/~1oapi~1v1~1usage/get" },
  before: null,
  after: "getUsage",
  operations: ["GET /oapi/v1/usage"],
  message: "GET /oapi/v1/usage added",
  advice: null,
};
const base = {
  provider: "adguard-dns",
  packageName: "@provider-clients/adguard-dns",
  oldVersion: "1.15",
  newVersion: "1.16",
  brokenFixtures: [],
  proseGaps: [],
};

describe("the spec-watch pull request", () => {
  it("opens with the bump, then each breaking change and its advice, before any other detail", () => {
    const pr = renderPullRequest({
      ...base,
      bump: "major",
      result: { bump: "major", changes: [addedCall, removedField] },
      changeset: ".changeset/adguard-dns-api-1.16.md",
    });
    const lines = pr.body.split("\n");
    expect(lines[0]).toBe(
      "**Bump: major** (`@provider-clients/adguard-dns`; adguard-dns API 1.15 → 1.16)",
    );
    expect(lines.slice(2, 5)).toEqual([
      "**Breaking (1):**",
      "- `GET /oapi/v1/devices responses/200/application/json/items/name` (and 1 more operation): response property name removed",
      "  - Advice: Stop reading `name`; it is no longer sent.",
    ]);
    expect(pr.body).toContain("### `GET /oapi/v1/usage`\n- additive `operation-added`");
    expect(pr.body).toContain('  - before: `{"type":"string"}`; after: (absent)');
    expect(pr.body).toContain(
      "  - in the documents: old `/paths/~1oapi~1v1~1devices/get/responses/200`, new `(none)`",
    );
    expect(pr.body).toContain("  - also affects: `GET /oapi/v1/devices/{device_id}`");
    expect(pr.body).toContain("`.changeset/adguard-dns-api-1.16.md`: the changeset (major)");
    expect(pr.labels).toEqual(["spec-update", "breaking"]);
    expect(pr.branch).toBe("spec-watch/adguard-dns");
    expect(pr.title).toBe("adguard-dns: vendor API spec update (1.15 → 1.16), major");
  });

  it("names a broken usage fixture as breaking even when the comparison saw nothing breaking", () => {
    const pr = renderPullRequest({
      ...base,
      bump: "major",
      result: { bump: "patch", changes: [] },
      brokenFixtures: [
        { file: "packages/adguard-dns/usage-fixtures/schema-types.ts", error: "TS2339:\n  x" },
      ],
      changeset: ".changeset/adguard-dns-api-1.16.md",
    });
    const lines = pr.body.split("\n");
    expect(lines[2]).toBe("**Breaking (1):**");
    expect(lines[3]).toBe(
      "- Usage fixture `packages/adguard-dns/usage-fixtures/schema-types.ts` no longer compiles: TS2339: x",
    );
    expect(lines[4]).toMatch(/^ {2}- Advice: /);
    expect(pr.labels).toContain("breaking");
  });

  it("says 'no breaking changes' and carries no breaking label on a minor bump", () => {
    const pr = renderPullRequest({
      ...base,
      bump: "minor",
      result: { bump: "minor", changes: [addedCall] },
      changeset: ".changeset/adguard-dns-api-1.16.md",
      proseGaps: ["operation getUsage"],
    });
    expect(pr.body.split("\n").slice(0, 3)).toEqual([
      "**Bump: minor** (`@provider-clients/adguard-dns`; adguard-dns API 1.15 → 1.16)",
      "",
      "No breaking changes.",
    ]);
    expect(pr.body).toContain("## Needs our own prose\n\n- operation getUsage");
    expect(pr.labels).toEqual(["spec-update"]);
  });

  it("says no release is needed when the spec changed in ways no client user sees", () => {
    const pr = renderPullRequest({
      ...base,
      newVersion: "1.15",
      bump: "none",
      result: { bump: "none", changes: [] },
      changeset: undefined,
    });
    expect(pr.body.split("\n")[0]).toBe(
      "**Bump: none** (no release needed; adguard-dns API version 1.15)",
    );
    expect(pr.body).toContain("- no changeset: nothing a client user sees changed");
    expect(pr.title).toBe("adguard-dns: vendor API spec update (version 1.15), none");
  });
});
