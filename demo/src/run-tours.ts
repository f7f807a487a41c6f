// Runs every provider's tour in turn and summarises them; used by `pnpm demo` and its test.
import { importSuiteFile, type ProviderEntry, registry } from "@provider-clients/scripts/providers";
import type { ProviderTour, TourStep } from "@provider-clients/scripts/suites/demo";
import { defaultTour } from "./default-tour.js";
import { createTourLog } from "./tour-log.js";

/** A provider's tour and where it comes from: its own suite file or the registry-driven default. */
export interface LoadedTour {
  provider: string;
  source: string;
  tour: ProviderTour;
}

/** Every registered provider's tour (`packages/<name>/suites/demo.ts` exporting `tour`, else the default), in registry order. */
export async function loadTours(
  entries: readonly ProviderEntry[] = registry,
): Promise<LoadedTour[]> {
  return Promise.all(
    entries.map(async (entry): Promise<LoadedTour> => {
      const file = `packages/${entry.name}/suites/demo.ts`;
      const own = await importSuiteFile<{ tour?: ProviderTour }>(entry, "demo");
      if (!own)
        return {
          provider: entry.title,
          source: `default tour from specs/${entry.name}/source.json`,
          tour: defaultTour(entry),
        };
      const tour: ProviderTour =
        own.tour ??
        (async (log) => {
          await log.step(`load ${file}`, async () => {
            throw new Error(`${file} exports no \`tour\``);
          });
        });
      return { provider: entry.title, source: file, tour };
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
export async function runTours(
  print: (line: string) => void,
  entries: readonly ProviderEntry[] = registry,
): Promise<TourReport[]> {
  const reports: TourReport[] = [];
  for (const { provider, source, tour } of await loadTours(entries)) {
    print(`\n${provider} (${source})`);
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
