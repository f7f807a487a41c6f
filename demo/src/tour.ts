// `pnpm demo`: the tour of every provider against its fake server; exits 1 if any step fails.
import { runTours } from "./run-tours.js";

const reports = await runTours((line) => console.log(line));
console.log("\nReport");
for (const { provider, steps, failed } of reports) {
  console.log(`  ${provider.padEnd(12)} ${steps.length - failed}/${steps.length} steps ok`);
}
const failures = reports.reduce((sum, r) => sum + r.failed, 0);
console.log(failures === 0 ? "\nAll tours passed." : `\n${failures} step(s) failed.`);
process.exitCode = failures === 0 ? 0 : 1;
