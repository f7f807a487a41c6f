// Every registered provider's API under the fault suites: its own target, or the registry default.
import type { ApiCreate, ApiRun, ApiTarget } from "@provider-clients/scripts/suites/reliability";
import type { RunOptions } from "../flows/token-flow.js";
import { coverageProblem, providerParts } from "../provider-parts.js";
import { createRunContext } from "../support/run-context.js";
import { registryDefaultApiTarget } from "./registry-default-api-target.js";

export type { ApiFault, ApiRun, ApiTarget } from "@provider-clients/scripts/suites/reliability";

/** One target per covered provider, in registry order (the coverage test fails for the others). */
export const apiTargets: readonly ApiTarget[] = providerParts.flatMap((part) => {
  if (part.own) return [part.own.apiTarget];
  if (coverageProblem(part) !== undefined || typeof part.defaults === "string") return [];
  return [registryDefaultApiTarget(part.defaults)];
});

/** The targets whose clients run a managed session. */
export const managedApiTargets = apiTargets.filter((target) => target.managed);

/** The targets whose clients send a static credential. */
export const staticApiTargets = apiTargets.filter((target) => !target.managed);

/** Starts `target` with a fresh context for `options`. */
export function startTarget(target: ApiTarget, options: RunOptions = {}): Promise<ApiRun> {
  return target.start(createRunContext(options));
}

/** The run's create, which a target that `creates` must have. */
export function creating(run: ApiRun): ApiCreate {
  if (!run.create) throw new Error("the target says it creates, but its run has no create");
  return run.create;
}
