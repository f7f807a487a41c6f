// The changeset text and file name specs:update writes, from a comparison result and broken fixtures.
import { describe, expect, it } from "vitest";
import { changesetFileName, renderChangeset } from "../src/specs/update/render-changeset.js";

const today = new Date("2030-01-02T23:59:00Z");

describe("changeset for a spec update", () => {
  it("is named by the new info.version, made safe for a file name", () => {
    expect(changesetFileName("adguard-dns", "1.15", "1.16", today)).toBe("adguard-dns-api-1.16.md");
    expect(changesetFileName("dnsimple", "2.0.0", "2.1.0 beta/2", today)).toBe(
      "dnsimple-api-2.1.0-beta-2.md",
    );
  });

  it("is named by the date when the version did not change or is missing", () => {
    expect(changesetFileName("adguard-dns", "1.16", "1.16", today)).toBe(
      "adguard-dns-api-2030-01-02.md",
    );
    expect(changesetFileName("adguard-dns", "1.16", "", today)).toBe(
      "adguard-dns-api-2030-01-02.md",
    );
  });

  it("has the bump in front matter, broken fixtures first, then changes grouped by operation", () => {
    const text = renderChangeset({
      packageName: "@provider-clients/adguard-dns",
      provider: "adguard-dns",
      bump: "major",
      oldVersion: "1.15",
      newVersion: "1.16",
      brokenFixtures: [
        { file: "packages/adguard-dns/usage-fixtures/a.ts", error: `TS2339: ${"x".repeat(500)}` },
      ],
      result: {
        bump: "minor",
        changes: [
          {
            kind: "operation-added",
            severity: "additive",
            operation: "GET /v1/a",
            location: "",
            message: "added",
          },
          {
            kind: "parameter-added-optional",
            severity: "additive",
            operation: "GET /v1/b",
            location: "parameters/query/q",
            message: "optional query parameter q added",
          },
          {
            kind: "parameter-deprecated",
            severity: "deprecation",
            operation: "GET /v1/a",
            location: "p",
            message: "d",
          },
        ],
      },
    });
    const lines = text.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "---",
      '"@provider-clients/adguard-dns": major',
      "---",
      "",
      "adguard-dns API spec update (1.15 → 1.16): major.",
    ]);
    const fixtureLine = lines.find((line) => line.includes("usage-fixtures/a.ts")) ?? "";
    expect(
      fixtureLine.startsWith(
        "- Usage fixture `packages/adguard-dns/usage-fixtures/a.ts` no longer compiles: TS2339",
      ),
    ).toBe(true);
    // Long tsc messages are cut, not copied whole into the release notes.
    expect(fixtureLine.length).toBeLessThan(320);
    expect(fixtureLine.endsWith("…")).toBe(true);
    expect(lines.slice(lines.indexOf(fixtureLine) + 1, -1)).toEqual([
      "- `GET /v1/a`",
      "  - additive: added",
      "  - deprecation: d (p)",
      "- `GET /v1/b`",
      "  - additive: optional query parameter q added (parameters/query/q)",
    ]);
  });
});
