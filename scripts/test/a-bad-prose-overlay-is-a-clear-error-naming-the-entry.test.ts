import { expect, it } from "vitest";
import { SpecError } from "../src/openapi/load.js";
import { parseProseOverlay } from "../src/specs/adopt/index.js";

it("a bad prose overlay is a clear error naming the file and the entry", () => {
  const file = "specs/x/prose.yaml";
  expect(() => parseProseOverlay("operations: {}\n", file)).toThrow(
    /prose\.yaml#\/info: needs a `title`/,
  );
  expect(() =>
    parseProseOverlay("info: {title: T, description: D}\noperations:\n  listThings: 3\n", file),
  ).toThrow(/#\/operations\/listThings: must be a non-empty string/);
  expect(() =>
    parseProseOverlay("info: {title: T, description: D}\nsummaries: {}\n", file),
  ).toThrow(/#\/summaries: unknown section/);
  expect(() => parseProseOverlay("info: [unclosed\n", file)).toThrow(SpecError);
  const ok = parseProseOverlay(
    "info: {title: T, description: D}\ntags:\n  dns: DNS things.\n",
    file,
  );
  expect(ok.tags).toEqual({ dns: "DNS things." });
  expect(ok.operations).toEqual({});
});
