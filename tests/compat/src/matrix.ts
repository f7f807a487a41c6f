// The settings users compile with: every combination is one tsc program over all packages' programs.
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import type { UserProgram } from "./programs.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** TypeScript versions, installed side by side as npm aliases (`typescript-5.4` ...). */
export const typescriptVersions = ["5.4", "5.6", "5.8", "5.9"] as const;

/** `module` / `moduleResolution` pairs users pick. */
export const moduleSettings = {
  nodenext: { module: "nodenext", moduleResolution: "nodenext" },
  node16: { module: "node16", moduleResolution: "node16" },
  bundler: { module: "esnext", moduleResolution: "bundler" },
} as const;

/** A browser app (DOM, no @types/node) and a Node app (@types/node, no DOM). */
export const environments = {
  browser: { lib: ["es2022", "dom"], types: [] as string[] },
  node: { lib: ["es2023"], types: ["node"] },
} as const;

/** One cell of the matrix. */
export interface Combination {
  typescript: (typeof typescriptVersions)[number];
  module: keyof typeof moduleSettings;
  environment: keyof typeof environments;
}

/** Every combination, in a stable order. */
export function combinations(): Combination[] {
  return typescriptVersions.flatMap((typescript) =>
    (Object.keys(moduleSettings) as Combination["module"][]).flatMap((module) =>
      (Object.keys(environments) as Combination["environment"][]).map((environment) => ({
        typescript,
        module,
        environment,
      })),
    ),
  );
}

/** A combination's name, e.g. `ts5.4 nodenext browser`. */
export function label(combination: Combination): string {
  return `ts${combination.typescript} ${combination.module} ${combination.environment}`;
}

/** Writes the programs under `dir` (one folder per package) with a tsconfig per combination. */
export async function writeMatrix(dir: URL, programs: UserProgram[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [index, program] of programs.entries()) {
    const file = new URL(`src/${fileName(program.name, index)}`, dir);
    await mkdir(new URL(".", file), { recursive: true });
    await writeFile(file, `// From packages/${program.name}\n${program.code}`);
  }
  // Browser bundlers replace process.env.X at build time; this is the shape they let code assume.
  await writeFile(
    new URL("browser-env.d.ts", dir),
    "declare const process: { env: Record<string, string | undefined> };\n",
  );
  for (const combination of combinations()) {
    const files = programs
      .map((program, index) => ({ program, path: `src/${fileName(program.name, index)}` }))
      .filter(({ program }) => combination.environment === "node" || !program.nodeOnly)
      .map(({ path }) => path);
    if (combination.environment === "browser") files.push("browser-env.d.ts");
    await writeFile(
      new URL(configName(combination), dir),
      JSON.stringify(tsconfig(combination, files), null, 2),
    );
  }
}

/** Runs one combination's compiler; resolves to its diagnostics (empty when it compiles). */
export async function compile(dir: URL, combination: Combination): Promise<string> {
  const tsc = require.resolve(`typescript-${combination.typescript}/bin/tsc`);
  try {
    await run(process.execPath, [tsc, "-p", new URL(configName(combination), dir).pathname], {
      cwd: dir.pathname,
      maxBuffer: 16 * 1024 * 1024,
    });
    return "";
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ""}${stderr ?? ""}`.trim() || String(error);
  }
}

function tsconfig(combination: Combination, files: string[]) {
  const environment = environments[combination.environment];
  return {
    compilerOptions: {
      ...moduleSettings[combination.module],
      target: "es2022",
      lib: environment.lib,
      types: environment.types,
      strict: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: false,
      noEmit: true,
    },
    files,
  };
}

function configName(combination: Combination): string {
  return `tsconfig.${label(combination).replaceAll(" ", "-")}.json`;
}

// `dynu/usage-fixtures/calls-by-path.ts` -> `dynu/usage-fixtures/calls-by-path.ts`; README blocks get a file each.
function fileName(name: string, index: number): string {
  return name.endsWith(".ts") ? name : `${name.replace(/[#.]/g, "-")}-${index}.ts`;
}
