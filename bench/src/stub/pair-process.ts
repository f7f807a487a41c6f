// Child process of the stubbed scenario: one contender against bare openapi-fetch, interleaved.
import { contenderByName } from "../contenders/contender-by-name.js";
import { bareContender } from "../contenders/four-contenders.js";
import { measureOpsPerSecond, type RoundPlan } from "../measure/ops-per-second.js";
import { nextTickFetch } from "./next-tick-fetch.js";

/** What the child prints as its only stdout line. */
export interface PairRounds {
  name: string;
  rounds: number[];
  bareRounds: number[];
}

const [name, planJson] = process.argv.slice(2);
if (!name || !planJson) throw new Error("usage: pair-process <contender name> <round plan JSON>");
const plan = JSON.parse(planJson) as RoundPlan;
const target = { baseUrl: "https://bench.invalid/v2", fetch: nextTickFetch().fetch };
// Only the two measured clients exist in this process, so neither shapes the other's JIT feedback.
const contender = await contenderByName(target, name);
const [bare, measured] = await measureOpsPerSecond([bareContender(target), contender], plan);
const out: PairRounds = { name, rounds: measured!.rounds, bareRounds: bare!.rounds };
console.log(JSON.stringify(out));
