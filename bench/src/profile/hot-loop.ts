// Child process for profiling: calls one contender back to back for a while, under --cpu-prof.
import { contenderByName } from "../contenders/contender-by-name.js";
import { contenderNames } from "../contenders/four-contenders.js";
import { nextTickFetch } from "../stub/next-tick-fetch.js";

/** Contender keys the profiler accepts, mapped to report names. */
const profiledContenders = {
  bare: contenderNames.bare,
  "api-key": contenderNames.apiKey,
  managed: contenderNames.managed,
} as const;

const [key = "api-key", seconds = "8"] = process.argv.slice(2);
const name = profiledContenders[key as keyof typeof profiledContenders];
if (name === undefined) throw new Error(`unknown contender "${key}"`);
const target = { baseUrl: "https://bench.invalid/v2", fetch: nextTickFetch().fetch };
const contender = await contenderByName(target, name);
const end = performance.now() + Number(seconds) * 1000;
let calls = 0;
while (performance.now() < end) {
  await contender.call();
  calls++;
}
console.log(JSON.stringify({ contender: name, calls, seconds: Number(seconds) }));
