// Node >= 20.19 loads ESM with require(); the READMEs promise it, so a CommonJS program proves it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);

it("require()s every package and calls each provider's fake from a .cjs file", async () => {
  const program = new URL("../consumers/require-each-package.cjs", import.meta.url).pathname;
  const { stdout } = await run(process.execPath, [program], { timeout: 60_000 });
  expect(stdout.trim().split("\n")).toEqual([
    "adguard-dns 200",
    "dnsimple 200",
    "dynata 200",
    "dynu 200",
  ]);
});
