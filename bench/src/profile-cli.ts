// `tsx src/profile-cli.ts [bare|api-key|managed] [seconds]`: CPU-profiles one contender over the
// stubbed fetch and prints where the request path spends its time, function by function.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { timeCommand } from "./measure/time-command.js";
import { breakdown, type CpuProfile } from "./profile/summarize-cpu-profile.js";

// The functions on the request path (openapi-fetch's core, our send layers, session), and GC.
const requestPath = [
  "coreFetch",
  "sendRouted",
  "sendWithRetry",
  "sendWithDeadline",
  "Deadline",
  "sendWithStaticCredential",
  "sendWithToken",
  "cachedAuthorization",
  "authorizationFor",
  "getResponseData",
  "(garbage collector)",
];

const [contender = "api-key", seconds = "8"] = process.argv.slice(2);
const dir = await mkdtemp(path.join(tmpdir(), "bench-profile-"));
try {
  const loop = fileURLToPath(new URL("./profile/hot-loop.ts", import.meta.url));
  const run = await timeCommand(
    process.execPath,
    ["--import", "tsx", "--cpu-prof", "--cpu-prof-dir", dir, loop, contender, seconds],
    process.cwd(),
  );
  if (run.exitCode !== 0) throw new Error(`profiled run failed:\n${run.stderr}`);
  console.log(run.stdout.trim());
  // tsx's loader thread writes its own, smaller profile; the main thread's is the largest.
  const files = await Promise.all(
    (await readdir(dir)).map(async (f) => ({ f, text: await readFile(path.join(dir, f), "utf8") })),
  );
  const main = files.sort((a, b) => b.text.length - a.text.length)[0];
  if (!main) throw new Error("no profile written");
  const profile = JSON.parse(main.text) as CpuProfile;
  for (const fn of breakdown(profile, requestPath)) {
    if (fn.inclusivePercent === 0) continue;
    console.log(
      `\n${fn.functionName}: ${fn.inclusivePercent.toFixed(1)}% of samples (self ${fn.selfPercent.toFixed(1)}%)`,
    );
    for (const c of fn.callees) console.log(`  ${c.percent.toFixed(1).padStart(5)}%  ${c.callee}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
