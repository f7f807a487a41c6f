// The demo suite's contract: `packages/<name>/suites/demo.ts` exports `tour: ProviderTour`, and the
// runner (demo/) gives it a log to report its steps in.

/** One step of a provider tour, shown as a line in the report. */
export interface TourStep {
  name: string;
  ok: boolean;
  detail: string;
}

/** Collects steps; `step` runs `fn`, records success or failure, and never throws. */
export interface TourLog {
  step(name: string, fn: () => Promise<string>): Promise<boolean>;
  readonly steps: readonly TourStep[];
}

/** A provider's tour: starts its own fake server, runs every flow, stops the server. */
export type ProviderTour = (log: TourLog) => Promise<void>;
