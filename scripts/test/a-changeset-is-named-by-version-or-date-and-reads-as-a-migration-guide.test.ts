// The changeset text and file name specs:update writes, from a comparison result and broken fixtures.
import { describe, expect, it } from "vitest";
import { changesetFileName, renderChangeset } from "../src/specs/update/render-changeset.js";
import { compareFixture } from "./helpers-diff.js";

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

  it("has the bump in front matter, then a migration guide: broken fixtures and breaking changes with what to do first", async () => {
    const removed = await compareFixture("deprecated-response-property-removed");
    const added = await compareFixture("parameter-added-optional");
    const text = renderChangeset({
      packageName: "@provider-clients/adguard-dns",
      provider: "adguard-dns",
      bump: "major",
      oldVersion: "1.15",
      newVersion: "1.16",
      brokenFixtures: [
        { file: "packages/adguard-dns/usage-fixtures/a.ts", error: `TS2339: ${"x".repeat(500)}` },
      ],
      result: { bump: "major", changes: [...added.changes, ...removed.changes] },
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
    // The shared Thing.note is one entry naming every operation, with the advice and the vendor's note.
    expect(lines.slice(lines.indexOf(fixtureLine) - 2, -1)).toEqual([
      "**Breaking: what to change in your code**",
      "",
      fixtureLine,
      "- `Thing.note`: property note removed (`GET /things`, `GET /things/{id}`, `POST /things`)",
      '  Stop reading `Thing.note` from `listThings`, `getThing` and `createThing`: it is no longer returned. The old document says: "Deprecated in favour of `comment`."',
      "",
      "**Added**",
      "",
      "- `query parameter offset`: optional query parameter offset added (`GET /things`)",
    ]);
  });
});
