// The fault registry: injected faults wait for the first request they match.
import type { FaultMatch, FaultSpec, Faults } from "./fault-types.js";

/** What the server asks of the registry for one request. */
export interface FaultTarget {
  method: string;
  path: string;
  specPath?: string | undefined;
  operationId?: string | undefined;
}

/** The public registry plus `take`, which the server calls once per request. */
export interface FaultRegistry extends Faults {
  take(target: FaultTarget): FaultSpec | undefined;
}

/** An empty registry; faults are taken in the order they were injected. */
export function createFaults(): FaultRegistry {
  let rules: { fault: FaultSpec; left: number }[] = [];
  return {
    inject(fault) {
      const times = fault.times ?? 1;
      if (!(times > 0)) throw new RangeError("fault times must be positive");
      rules.push({ fault, left: times });
    },
    clear() {
      rules = [];
    },
    pending: () => rules.reduce((sum, rule) => sum + rule.left, 0),
    take(target) {
      const rule = rules.find((r) => matches(r.fault, target));
      if (!rule) return undefined;
      rule.left -= 1;
      if (rule.left <= 0) rules = rules.filter((r) => r !== rule);
      return rule.fault;
    },
  };
}

/** Whether every field `match` gives agrees with the request (path: as sent, or the spec path). */
export function matches(match: FaultMatch, target: FaultTarget): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== target.method) return false;
  if (match.operationId !== undefined && match.operationId !== target.operationId) return false;
  if (match.path !== undefined && match.path !== target.path && match.path !== target.specPath) {
    return false;
  }
  return true;
}
