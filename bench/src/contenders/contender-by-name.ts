// Builds one contender by its report name, so a process can hold just the client it measures.
import type { Contender } from "../measure/ops-per-second.js";
import { attributionContender, attributionContenderNames } from "./attribution-contenders.js";
import {
  driftDetectionContender,
  driftDetectionContenderName,
} from "./drift-detection-contender.js";
import {
  apiKeyContender,
  bareContender,
  contenderNames,
  managedContender,
  plainFetchContender,
} from "./four-contenders.js";
import type { Target } from "./target.js";

/** The contender called `name` (one of contenderNames or attributionContenderNames). */
export async function contenderByName(target: Target, name: string): Promise<Contender> {
  if (name === contenderNames.plainFetch) return plainFetchContender(target);
  if (name === contenderNames.bare) return bareContender(target);
  if (name === contenderNames.apiKey) return apiKeyContender(target);
  if (name === contenderNames.managed) return managedContender(target);
  if (name === driftDetectionContenderName) return driftDetectionContender(target);
  const diag = attributionContenderNames.find((n) => n === name);
  if (diag) return attributionContender(target, diag);
  throw new Error(`unknown contender "${name}"`);
}
