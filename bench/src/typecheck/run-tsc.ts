// Runs tsc with --extendedDiagnostics on one project and reads the figures it prints.
import { createRequire } from "node:module";
import path from "node:path";
import { timeCommand } from "../measure/time-command.js";
import type { TypeCheckRun } from "../results.js";

const tsc = createRequire(import.meta.url).resolve("typescript/lib/tsc.js");

/** One tsc run over `project` with its error lines; throws when tsc prints no diagnostics block (it crashed). */
export async function runTsc(project: string): Promise<TypeCheckRun & { errorLines: string[] }> {
  const run = await timeCommand(
    process.execPath,
    [tsc, "-p", project, "--extendedDiagnostics", "--pretty", "false"],
    path.dirname(project),
  );
  const text = run.stdout + run.stderr;
  const figure = (label: string): number => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(text);
    if (!match)
      throw new Error(`tsc printed no "${label}" for ${project}:\n${text.slice(0, 2000)}`);
    return Number(match[1]);
  };
  return {
    checkTimeS: figure("Check time"),
    totalTimeS: figure("Total time"),
    memoryKb: figure("Memory used"),
    instantiations: figure("Instantiations"),
    types: figure("Types"),
    errors: (text.match(/error TS\d+/g) ?? []).length,
    errorLines: text.split("\n").filter((line) => /error TS\d+/.test(line)),
  };
}
