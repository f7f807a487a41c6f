import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Bump, ChangeKind, Severity } from "../src/diff/index.js";
import { compareFixture, diffFixtures } from "./helpers-diff.js";

/** One entry: severity, kind, the operations it reaches (comma-joined) and where it was first seen. */
type Expected = [severity: Severity, kind: ChangeKind, operations: string, location: string];

// A change to the shared Thing schema is one entry reaching the three operations that return it,
// first seen in listThings' page.
const everyThing = (severity: Severity, kind: ChangeKind, rest: string): Expected[] => [
  [
    severity,
    kind,
    "GET /things,GET /things/{id},POST /things",
    `responses/200/application/json/properties/items/items/${rest}`,
  ],
];
const body = "requestBody/application/json/properties";
const event = "callbacks/thingEvent/{$request.body#/callbackUrl}/POST/requestBody/application/json";

const cases: Record<string, { bump: Bump; changes: Expected[] }> = {
  identical: { bump: "none", changes: [] },
  "operation-removed": {
    bump: "major",
    changes: [["breaking", "operation-removed", "GET /things/{id}", ""]],
  },
  "operation-added": {
    bump: "minor",
    changes: [["additive", "operation-added", "DELETE /things/{id}", ""]],
  },
  "operation-deprecated": {
    bump: "minor",
    changes: [["deprecation", "operation-deprecated", "GET /things/{id}", ""]],
  },
  "parameter-added-required": {
    bump: "major",
    changes: [["breaking", "parameter-added-required", "GET /things", "parameters/query/owner"]],
  },
  "parameter-added-optional": {
    bump: "minor",
    changes: [["additive", "parameter-added-optional", "GET /things", "parameters/query/offset"]],
  },
  "parameter-removed": {
    bump: "major",
    changes: [["breaking", "parameter-removed", "GET /things", "parameters/query/limit"]],
  },
  "parameter-made-required": {
    bump: "major",
    changes: [["breaking", "parameter-made-required", "GET /things", "parameters/query/limit"]],
  },
  "parameter-deprecated": {
    bump: "minor",
    changes: [["deprecation", "parameter-deprecated", "GET /things", "parameters/query/limit"]],
  },
  "request-property-added-required": {
    bump: "major",
    changes: [["breaking", "request-property-added-required", "POST /things", `${body}/size`]],
  },
  "request-property-added-optional": {
    bump: "minor",
    changes: [["additive", "request-property-added-optional", "POST /things", `${body}/size`]],
  },
  "request-property-removed": {
    bump: "major",
    changes: [["breaking", "request-property-removed", "POST /things", `${body}/kind`]],
  },
  "request-property-made-required": {
    bump: "major",
    changes: [["breaking", "request-property-made-required", "POST /things", `${body}/kind`]],
  },
  "request-body-made-optional": {
    bump: "minor",
    changes: [["additive", "request-body-made-optional", "POST /things", "requestBody"]],
  },
  "response-property-removed": {
    bump: "major",
    changes: everyThing("breaking", "response-property-removed", "properties/note"),
  },
  "response-property-made-optional": {
    bump: "major",
    changes: everyThing("breaking", "response-property-made-optional", "properties/status"),
  },
  "response-property-made-nullable": {
    bump: "major",
    changes: everyThing("breaking", "response-made-nullable", "properties/note"),
  },
  "response-property-added": {
    bump: "minor",
    changes: everyThing("additive", "response-property-added", "properties/createdAt"),
  },
  "type-changed": {
    bump: "major",
    changes: everyThing("breaking", "type-changed", "properties/id"),
  },
  "type-narrowed": {
    bump: "major",
    changes: [["breaking", "type-narrowed", "GET /things", "parameters/query/limit"]],
  },
  "type-widened-in-request": {
    bump: "minor",
    changes: [
      ["additive", "type-widened", "GET /things", "parameters/query/limit"],
      ["additive", "format-widened", "GET /things", "parameters/query/limit"],
    ],
  },
  "type-widened-in-response": {
    bump: "major",
    changes: everyThing("breaking", "type-widened", "properties/id"),
  },
  "format-narrowed": {
    bump: "major",
    changes: [["breaking", "format-narrowed", "POST /things", `${body}/name`]],
  },
  "enum-added": {
    bump: "major",
    changes: [["breaking", "enum-added", "POST /things", `${body}/name`]],
  },
  "request-enum-value-removed": {
    bump: "major",
    changes: [["breaking", "enum-value-removed", "POST /things", `${body}/kind`]],
  },
  "request-enum-value-added": {
    bump: "minor",
    changes: [["additive", "enum-value-added", "POST /things", `${body}/kind`]],
  },
  // Decision: a new response enum value breaks exhaustive switches, so it is breaking.
  "response-enum-value-added": {
    bump: "major",
    changes: everyThing("breaking", "enum-value-added", "properties/status"),
  },
  "response-enum-value-removed": {
    bump: "major",
    changes: everyThing("breaking", "enum-value-removed", "properties/status"),
  },
  "response-union-member-added": {
    bump: "major",
    changes: [
      [
        "breaking",
        "union-member-added",
        "GET /things/{id}",
        "responses/200/application/json/oneOf/Renamed",
      ],
    ],
  },
  "discriminator-added": {
    bump: "minor",
    changes: [
      ["additive", "discriminator-added", "GET /things/{id}", "responses/200/application/json"],
    ],
  },
  "security-alternative-removed": {
    bump: "major",
    changes: [["breaking", "security-tightened", "GET /things/{id}", "security"]],
  },
  "security-requirement-gained": {
    bump: "major",
    changes: [["breaking", "security-tightened", "GET /health", "security"]],
  },
  "security-loosened": {
    bump: "minor",
    changes: [["additive", "security-loosened", "GET /things/{id}", "security"]],
  },
  // Renaming a scheme without changing what it asks for is no change at all.
  "security-scheme-renamed": { bump: "none", changes: [] },
  "request-media-type-removed": {
    bump: "major",
    changes: [
      [
        "breaking",
        "request-media-type-removed",
        "POST /things",
        "requestBody/application/x-www-form-urlencoded",
      ],
    ],
  },
  "response-media-type-removed": {
    bump: "major",
    changes: [
      ["breaking", "response-media-type-removed", "GET /things/{id}", "responses/200/text/csv"],
    ],
  },
  "success-status-removed": {
    bump: "major",
    changes: [["breaking", "response-status-removed", "POST /things", "responses/201"]],
  },
  "response-status-added": {
    bump: "minor",
    changes: [["additive", "response-status-added", "GET /things/{id}", "responses/404"]],
  },
  "constraint-tightened": {
    bump: "major",
    changes: [["breaking", "constraint-tightened", "GET /things", "parameters/query/limit"]],
  },
  // Prose never changes the client: every description and example change is one entry.
  "descriptions-and-examples-only": {
    bump: "patch",
    changes: [
      ["cosmetic", "documentation-changed", "GET /things,GET /things/{id},POST /things", ""],
    ],
  },
  // Both schemes required becomes either one: only accepts more requests.
  "security-both-required-becomes-either": {
    bump: "minor",
    changes: [["additive", "security-loosened", "GET /things,POST /things", "security"]],
  },
  // `*/*` -> application/json is one body to openapi-fetch; the schemas inside are still compared.
  "json-media-types-are-one-body": {
    bump: "major",
    changes: [
      [
        "breaking",
        "response-property-made-optional",
        "GET /things",
        "responses/200/application/json/properties/items",
      ],
    ],
  },
  // A webhook payload (callback request body) is data the client receives.
  "callback-payload-loses-an-event": {
    bump: "major",
    changes: [
      ["breaking", "enum-value-added", "POST /things", `${event}/properties/name`],
      ["breaking", "enum-value-removed", "POST /things", `${event}/properties/name`],
      [
        "breaking",
        "union-member-added",
        "POST /things",
        `${event}/properties/data/oneOf/ThingDeleted`,
      ],
      [
        "breaking",
        "union-member-removed",
        "POST /things",
        `${event}/properties/data/oneOf/ThingRenamed`,
      ],
    ],
  },
  "deprecated-response-property-removed": {
    bump: "major",
    changes: everyThing("breaking", "response-property-removed", "properties/note"),
  },
};

describe("each diff fixture pair gets its expected classification", () => {
  it("has an expectation for every fixture folder", async () => {
    const folders = (await readdir(diffFixtures, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(Object.keys(cases).sort());
  });

  for (const [name, expected] of Object.entries(cases)) {
    it(`classifies ${name}`, async () => {
      const result = await compareFixture(name);
      const found = result.changes.map(
        (c): Expected => [c.severity, c.kind, c.operations.join(","), c.location],
      );
      expect(sortRows(found)).toEqual(sortRows(expected.changes));
      expect(result.bump).toBe(expected.bump);
      for (const change of result.changes) {
        expect(change.message).not.toBe("");
        if (change.kind !== "documentation-changed")
          expect(change.operation).toBe(change.operations[0] ?? "");
        if (change.severity === "breaking") expect(change.advice).toMatch(/\w/);
        else expect(change.advice).toBeNull();
      }
    });
  }
});

function sortRows(rows: Expected[]): Expected[] {
  return [...rows].sort((a, b) => a.join("\u0000").localeCompare(b.join("\u0000")));
}
