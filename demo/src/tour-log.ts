// Records tour steps with timings; a failing step is kept as a line, never thrown.
import type { TourLog, TourStep } from "@provider-clients/scripts/suites/demo";

/** A fresh log whose steps print as they finish when `print` is given. */
export function createTourLog(print?: (line: string) => void): TourLog {
  const steps: TourStep[] = [];
  return {
    steps,
    async step(name, fn) {
      const started = performance.now();
      try {
        const detail = await fn();
        steps.push({ name, ok: true, detail });
        print?.(`  ✓ ${name} — ${detail} (${Math.round(performance.now() - started)} ms)`);
        return true;
      } catch (error) {
        const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        steps.push({ name, ok: false, detail });
        print?.(`  ✗ ${name} — ${detail}`);
        return false;
      }
    },
  };
}
