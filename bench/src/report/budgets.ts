// The budgets, evaluated against one run's figures.
import { contenderNames } from "../contenders/four-contenders.js";
import type { BenchResults, BudgetResult } from "../results.js";

/** Most bytes (gzipped) our code may add on top of openapi-fetch per provider (3 kB). */
export const runtimeBudgetBytes = 3_000;

/** Longest a cold process may take to generate all four clients (issue 16). */
export const codegenBudgetMs = 2_000;

/** Budget limits as ratios to bare openapi-fetch. */
export const ratioBudgets = { staticCredential: 1.1, managedToken: 1.2, typeCheck: 1.5 } as const;

const x = (ratio: number) => `${ratio.toFixed(3)}x`;

/** Every budget with its limit, this run's figure and whether it was met. */
export function evaluateBudgets(results: Omit<BenchResults, "budgets">): BudgetResult[] {
  const ratioOf = (name: string) =>
    results.stubbedOverhead.find((f) => f.name === name)?.timeRatioToBare ?? Number.NaN;
  const apiKey = ratioOf(contenderNames.apiKey);
  const managed = ratioOf(contenderNames.managed);
  const refresh = results.refreshUnderLoad;
  const oneTokenEach = refresh.tokenRequestsPerBurst.every((n) => n === 1);
  const typeCheck = results.typeCheck;
  const codegen = results.codegen;
  return [
    {
      name: "static credential per request vs bare openapi-fetch",
      limit: `<= ${x(ratioBudgets.staticCredential)}`,
      actual: x(apiKey),
      met: apiKey <= ratioBudgets.staticCredential,
    },
    {
      name: "managed token (valid) per request vs bare openapi-fetch",
      limit: `<= ${x(ratioBudgets.managedToken)}`,
      actual: x(managed),
      met: managed <= ratioBudgets.managedToken,
    },
    {
      name: `token requests for ${refresh.concurrentCalls} concurrent calls at expiry`,
      limit: "exactly 1 per burst, no failed call",
      actual: `${refresh.tokenRequestsPerBurst.join(", ")} (failed calls: ${refresh.failedCalls})`,
      met: oneTokenEach && refresh.tokenRequestsPerBurst.length > 0 && refresh.failedCalls === 0,
    },
    ...results.bundle.providers.map((p) => ({
      name: `${p.provider}: our code on top of openapi-fetch (gzipped)`,
      limit: `<= ${runtimeBudgetBytes} B`,
      actual: `${p.beyondOpenapiFetch.gzipped} B`,
      met: p.beyondOpenapiFetch.gzipped <= runtimeBudgetBytes,
    })),
    {
      name: "generate all four clients, cold process",
      limit: `<= ${(codegenBudgetMs / 1000).toFixed(2)} s, exit 0`,
      actual: `${(codegen.generateColdMs / 1000).toFixed(2)} s (exit ${codegen.generateExitCode})`,
      met: codegen.generateColdMs <= codegenBudgetMs && codegen.generateExitCode === 0,
    },
    {
      name: "consumer type-check time (tsc check time) vs bare openapi-fetch",
      limit: `<= ${x(ratioBudgets.typeCheck)}, no type errors`,
      actual: `${x(typeCheck.checkTimeRatio)} (errors: ${typeCheck.ours.errors + typeCheck.bare.errors})`,
      met:
        typeCheck.checkTimeRatio <= ratioBudgets.typeCheck &&
        typeCheck.ours.errors === 0 &&
        typeCheck.bare.errors === 0,
    },
  ];
}
