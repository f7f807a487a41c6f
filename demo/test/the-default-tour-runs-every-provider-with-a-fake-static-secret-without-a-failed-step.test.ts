import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { defaultTour } from "../src/default-tour.js";
import { createTourLog } from "../src/tour-log.js";

// Providers whose registry entry gives the default what it needs, whether or not they have their own tour.
const takers = registry.filter(
  (entry) => entry.exports.fakeCredentials && entry.credentials.some((c) => c.kind === "static"),
);

it("some registered provider declares fake static secrets, so the default is proven on a real package", () => {
  expect(takers.length).toBeGreaterThan(0);
});

it.each(takers.map((entry) => [entry.title, entry] as const))(
  "the registry-driven default tour of %s calls the probe, sees the wrong secret and no credential refused, and fails no step",
  async (_title, entry) => {
    const lines: string[] = [];
    const log = createTourLog((line) => lines.push(line));
    await defaultTour(entry)(log);
    expect(
      log.steps.filter((s) => !s.ok),
      lines.join("\n"),
    ).toEqual([]);
    const names = log.steps.map((s) => s.name);
    const statics = entry.credentials.filter((c) => c.kind === "static").map((c) => c.builder);
    expect(
      names.some((n) =>
        statics.some((b) => n === `${b}: a wrong secret is refused with ApiError 401`),
      ),
    ).toBe(true);
    expect(names).toContain(`start the fake ${entry.title} (${entry.exports.fakeServer})`);
    expect(
      names.filter((n) => n.includes(`authenticate and call ${entry.probe}`)).length,
    ).toBeGreaterThan(0);
    expect(names).toContain(`no credential: ${entry.probe} is refused with 401`);
    expect(names.at(-1)).toBe(`stop the fake ${entry.title}`);
    expect(lines.join("\n")).toMatch(/on a fake clock/);
  },
);
