// Our API-key client with drift detection on: the same call, every answer checked against the spec.
import { withResponseValidation } from "@provider-clients/dynu/validate";
import type { Contender } from "../measure/ops-per-second.js";
import { apiKeyContender } from "./four-contenders.js";
import type { Target } from "./target.js";

/** Report name of the drift-detection contender. */
export const driftDetectionContenderName = "ours, API key + drift detection";

/** "throw" mode: an answer that drifted would fail the run instead of timing the report path. */
export function driftDetectionContender(target: Target): Contender {
  return apiKeyContender(target, {}, driftDetectionContenderName, (client) =>
    withResponseValidation(client, { validateResponses: "throw" }),
  );
}
