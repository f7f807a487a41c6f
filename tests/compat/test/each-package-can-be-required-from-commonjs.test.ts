// Node >= 20.19 loads ESM with require(); the READMEs promise it, so a CommonJS program proves it.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { commonJsProgram, expectedOutput } from "../src/commonjs-program.js";
import { publishedPackages } from "../src/packages.js";

const run = promisify(execFile);
// Written beside the tests, so require() resolves the packages from this package's node_modules.
const program = new URL("../.vitest/require-each-package.cjs", import.meta.url);

it("require()s every entry point of every package and calls each registered provider's fake from a .cjs file", async () => {
  const packages = await publishedPackages();
  await mkdir(new URL(".", program), { recursive: true });
  await writeFile(program, commonJsProgram(packages, registry));
  const { stdout } = await run(process.execPath, [program.pathname], { timeout: 60_000 });
  // Every entry point and every registered provider: the program is rendered from both.
  expect(stdout.trim().split("\n")).toEqual(expectedOutput(packages, registry));
  for (const entry of registry) {
    expect(packages.find((pkg) => pkg.name === entry.package)?.entryPoints, entry.name).toContain(
      `${entry.package}/testing`,
    );
  }
});
