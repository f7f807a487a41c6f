// The budgets, evaluated against one run's figures.
import { contenderNames } from "../contenders/four-contenders.js";
import type { BenchResults, BudgetResult } from "../results.js";

/** Whole-bundle budgets (gzipped): a fixed number of bytes, or a ratio to a peer's bundle. */
export const bundleBudgets = {
  /** DNSimple static-token whoami: at most the official SDK's bundle doing the same. */
  dnsimpleToOfficialSdk: 1.0,
  /** Dynu with an API key. */
  dynuApiKeyBytes: 6_000,
  /** Dynata with a password (the whole token engine). */
  dynataPasswordBytes: 9_000,
} as const;

/** Longest a cold process may take to generate every registered client (issue 16). */
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
    ...bundleBudgetResults(results.bundle),
    {
      name: "generate every registered client, cold process",
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

/** The bundle budgets: whole bundles against fixed sizes or the vendor's SDK, and tree-shaking. */
function bundleBudgetResults(bundle: BenchResults["bundle"]): BudgetResult[] {
  const gz = (provider: string) =>
    bundle.providers.find((p) => p.provider === provider)?.ours.gzipped ?? Number.NaN;
  const official = bundle.peers.find((p) => p.comparedWith === "dnsimple")?.gzipped ?? Number.NaN;
  const ratio = gz("dnsimple") / official;
  const carriers = bundle.providers.filter((p) => p.staticCredential && p.tokenEngineFiles.length);
  return [
    {
      name: "dnsimple static-token whoami, whole bundle (gzipped) vs the official dnsimple SDK's",
      limit: `<= ${x(bundleBudgets.dnsimpleToOfficialSdk)}`,
      actual: `${x(ratio)} (${gz("dnsimple")} B vs ${official} B)`,
      met: ratio <= bundleBudgets.dnsimpleToOfficialSdk,
    },
    {
      name: "dynu API-key consumer, whole bundle (gzipped)",
      limit: `<= ${bundleBudgets.dynuApiKeyBytes} B`,
      actual: `${gz("dynu")} B`,
      met: gz("dynu") <= bundleBudgets.dynuApiKeyBytes,
    },
    {
      name: "dynata password consumer (token engine), whole bundle (gzipped)",
      limit: `<= ${bundleBudgets.dynataPasswordBytes} B`,
      actual: `${gz("dynata")} B`,
      met: gz("dynata") <= bundleBudgets.dynataPasswordBytes,
    },
    {
      name: "static-credential consumers carry no token-engine file (esbuild metafile)",
      limit: "none",
      actual: carriers.length
        ? carriers.map((p) => `${p.provider}: ${p.tokenEngineFiles.join(", ")}`).join("; ")
        : `none in ${bundle.providers.filter((p) => p.staticCredential).length} static consumers`,
      met: carriers.length === 0 && bundle.providers.some((p) => p.staticCredential),
    },
  ];
}
