// Node >= 20.19 loads ESM with require(); the READMEs promise it, so a CommonJS program proves it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { providerNames } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";

const run = promisify(execFile);

it("require()s every package and calls each provider's fake from a .cjs file", async () => {
  const program = new URL("../consumers/require-each-package.cjs", import.meta.url).pathname;
  const { stdout } = await run(process.execPath, [program], { timeout: 60_000 });
  // Every registered provider, so a provider the program leaves out fails here.
  expect(stdout.trim().split("\n")).toEqual(providerNames.map((name) => `${name} 200`));
});
