// Runs every provider's tour in turn and summarises them; used by `pnpm demo` and its test.
import { registry } from "@provider-clients/scripts/providers";
import { createTourLog } from "./tour-log.js";
import type { ProviderTour, TourStep } from "./tour-types.js";

/** Every registered provider's tour (`tours/<name>.ts` exports `tour`), titled, in registry order. */
export async function loadTours(): Promise<[string, ProviderTour][]> {
  return Promise.all(
    registry.map(async (entry): Promise<[string, ProviderTour]> => {
      const module = (await import(/* @vite-ignore */ `./tours/${entry.name}.js`)) as {
        tour?: ProviderTour;
      };
      if (!module.tour) throw new Error(`demo/src/tours/${entry.name}.ts exports no tour`);
      return [entry.title, module.tour];
    }),
  );
}

/** What one provider's tour did. */
export interface TourReport {
  provider: string;
  steps: readonly TourStep[];
  failed: number;
}

/** Runs each tour, printing as it goes; a tour that throws counts as one failed step. */
export async function runTours(print: (line: string) => void): Promise<TourReport[]> {
  const reports: TourReport[] = [];
  for (const [provider, tour] of await loadTours()) {
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
