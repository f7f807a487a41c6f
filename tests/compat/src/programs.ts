// What users compile: each package's usage fixtures and README examples, as files importing the built packages.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { packagesDir, publishedPackages } from "./packages.js";

/** One program a user could write; `nodeOnly` when it needs Node (fake servers, files, Redis). */
export interface UserProgram {
  /** Where it comes from, e.g. `dynu/usage-fixtures/calls-by-path.ts`. */
  name: string;
  code: string;
  nodeOnly: boolean;
}

/**
 * Every published package's `usage-fixtures/` and `examples/` files, and the README blocks that are
 * programs of their own: not an `<!-- example: -->` copy of an examples/ file, and with an import.
 */
export async function userPrograms(): Promise<UserProgram[]> {
  const programs: UserProgram[] = [];
  for (const { folder, name } of await publishedPackages()) {
    // Fixtures import the package's sources; users import the package.
    for (const file of await tsFiles(`${folder}/usage-fixtures/`)) {
      const code = await readFile(new URL(file, packagesDir), "utf8");
      programs.push(program(file, code.replaceAll('"../src/index.js"', JSON.stringify(name))));
    }
    for (const file of await tsFiles(`${folder}/examples/`)) {
      programs.push(program(file, await readFile(new URL(file, packagesDir), "utf8")));
    }
    const readme = await readFile(new URL(`${folder}/README.md`, packagesDir), "utf8");
    const blocks = [...readme.matchAll(/(<!-- example: [^\n]*-->\n)?```ts\n([\s\S]*?)```/g)];
    const standalone = blocks.filter(([, marker, code]) => !marker && /^import /m.test(code!));
    for (const [index, [, , code]] of standalone.entries()) {
      programs.push(program(`${folder}/README.md#example-${index + 1}`, code!));
    }
  }
  return programs;
}

async function tsFiles(dir: string): Promise<string[]> {
  if (!existsSync(new URL(dir, packagesDir))) return [];
  const names = await readdir(new URL(dir, packagesDir));
  return names.filter((name) => name.endsWith(".ts")).map((name) => `${dir}${name}`);
}

// Fake servers, the file store and Redis are Node-only; everything else must compile for the browser too.
const nodeOnlyImports = [
  /from "node:/,
  /from "@provider-clients\/[\w-]+\/(testing|file-store)"/,
  /from "@provider-clients\/token-store-redis"/,
];

function program(name: string, code: string): UserProgram {
  return { name, code, nodeOnly: nodeOnlyImports.some((pattern) => pattern.test(code)) };
}
