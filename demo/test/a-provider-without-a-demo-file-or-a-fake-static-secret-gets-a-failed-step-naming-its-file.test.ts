import { type ProviderEntry, registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { runTours } from "../src/run-tours.js";

// A registry-shaped entry for a provider with no folder under packages/, built on a real package
// (so the last case really imports its /testing record and finds no secret there).
const base = registry.find((entry) => entry.exports.fakeCredentials)!;
const tourless = (changes: Partial<ProviderEntry>): ProviderEntry => ({
  ...base,
  name: "tourless",
  title: "Tourless",
  ...changes,
});
const { fakeCredentials, ...exportsWithoutRecord } = base.exports;

const cases: [string, ProviderEntry, RegExp][] = [
  [
    "only a managed credential",
    tourless({
      credentials: [
        {
          builder: "password",
          kind: "managed",
          scheme: "oauth2",
          grant: "password",
          wire: "Authorization: Bearer <access token>",
        },
      ],
    }),
    /no static credential is declared/,
  ],
  [
    "a static credential but no exports.fakeCredentials",
    tourless({ exports: exportsWithoutRecord }),
    /specs\/tourless\/source\.json names no exports\.fakeCredentials/,
  ],
  [
    "a static credential the fake's record has no secret for",
    tourless({
      credentials: [
        { builder: "sessionKey", kind: "static", scheme: "apiKey", wire: "X-Session: <key>" },
      ],
    }),
    new RegExp(`${fakeCredentials} has no secret for sessionKey`),
  ],
];

it.each(cases)(
  "a provider with %s and no suites/demo.ts gets one failed step naming packages/<name>/suites/demo.ts",
  async (_case, entry, reason) => {
    const lines: string[] = [];
    const [report] = await runTours((line) => lines.push(line), [entry]);
    expect(report?.provider).toBe("Tourless");
    expect(report?.failed, lines.join("\n")).toBe(1);
    const failed = report?.steps.find((s) => !s.ok);
    expect(failed?.name).toBe("load the default tour (no packages/tourless/suites/demo.ts)");
    expect(failed?.detail).toMatch(/Write that file \(exporting `tour`\)/);
    expect(failed?.detail).toContain("packages/tourless/suites/demo.ts");
    expect(failed?.detail).toMatch(reason);
    // Nothing was started: the failed load and the runner's own closing step are all there is.
    expect(report?.steps.map((s) => s.name)).toEqual([failed?.name, "tour finished"]);
  },
);
