import { registry } from "@provider-clients/scripts/providers";
import { describe, expect, it } from "vitest";
import { runTours } from "../src/run-tours.js";

describe("pnpm demo", () => {
  it("runs every registered provider's tour, each with auth, calls, a silent refresh or revoke, and no failed step", async () => {
    const lines: string[] = [];
    const reports = await runTours((line) => lines.push(line));
    expect(reports.map((r) => r.provider)).toEqual(registry.map((entry) => entry.title));
    for (const report of reports) {
      expect(report.failed, `${report.provider}:\n${lines.join("\n")}`).toBe(0);
      expect(report.steps.length).toBeGreaterThanOrEqual(5);
    }
    expect(lines.join("\n")).toMatch(/refresh/i);
    expect(lines.join("\n")).toMatch(/revok/i);
  });
});
