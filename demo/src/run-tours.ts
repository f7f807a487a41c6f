// Runs every provider's tour in turn and summarises them; used by `pnpm demo` and its test.
import { createTourLog } from "./tour-log.js";
import type { ProviderTour, TourStep } from "./tour-types.js";
import { tourAdGuardDns } from "./tours/adguard-dns.js";
import { tourDnsimple } from "./tours/dnsimple.js";
import { tourDynata } from "./tours/dynata.js";
import { tourDynu } from "./tours/dynu.js";

/** The four tours, in the order the README lists the providers. */
export const tours: [string, ProviderTour][] = [
  ["AdGuard DNS", tourAdGuardDns],
  ["Dynu", tourDynu],
  ["Dynata", tourDynata],
  ["DNSimple", tourDnsimple],
];

/** What one provider's tour did. */
export interface TourReport {
  provider: string;
  steps: readonly TourStep[];
  failed: number;
}

/** Runs each tour, printing as it goes; a tour that throws counts as one failed step. */
export async function runTours(print: (line: string) => void): Promise<TourReport[]> {
  const reports: TourReport[] = [];
  for (const [provider, tour] of tours) {
    print(`\n${provider}`);
    const log = createTourLog(print);
    await log.step("tour finished", async () => {
      await tour(log);
      return `${log.steps.length} steps`;
    });
    const failed = log.steps.filter((s) => !s.ok).length;
    reports.push({ provider, steps: log.steps, failed });
  }
  return reports;
}
