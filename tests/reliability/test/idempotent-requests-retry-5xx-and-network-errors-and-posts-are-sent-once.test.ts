// API 5xx and dropped connections: a GET is retried (two retries at most, backoff on the clock);
// a POST is sent once and its failure goes back to the caller, so nothing is created twice.
import { describe } from "vitest";
import { getFaultChecks, postFaultChecks } from "../src/api/api-fault-suites.js";
import { apiTargets } from "../src/api/api-targets.js";

describe.each(apiTargets)("$name", (target) => {
  getFaultChecks(target);
  if (target.creates) postFaultChecks(target);
});
