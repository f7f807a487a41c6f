// What users compile: each package's usage fixtures and README examples, as files importing the built packages.
import { readdir, readFile } from "node:fs/promises";
import { registry } from "@provider-clients/scripts/providers";

const packagesDir = new URL("../../../packages/", import.meta.url);

/** One program a user could write; `nodeOnly` when it needs Node (fake servers, files, Redis). */
export interface UserProgram {
  /** Where it comes from, e.g. `dynu/usage-fixtures/calls-by-path.ts`. */
  name: string;
  code: string;
  nodeOnly: boolean;
}

/** Every usage fixture and README example of every package. */
export async function userPrograms(): Promise<UserProgram[]> {
  const programs: UserProgram[] = [];
  for (const provider of registry) {
    // Fixtures import the package's sources; users import the package.
    for (const file of await tsFiles(`${provider.name}/usage-fixtures/`)) {
      const code = await readFile(new URL(file, packagesDir), "utf8");
      programs.push(program(file, code.replaceAll('"../src/index.js"', `"${provider.package}"`)));
    }
  }
  // Provider READMEs show their examples/ files verbatim (each package's README test checks it).
  for (const dir of [...registry.map((provider) => provider.name), "token-store-redis"]) {
    for (const file of await tsFiles(`${dir}/examples/`)) {
      programs.push(program(file, await readFile(new URL(file, packagesDir), "utf8")));
    }
  }
  // The auth README's examples live in the README itself.
  const readme = await readFile(new URL("auth/README.md", packagesDir), "utf8");
  for (const [index, match] of [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].entries()) {
    programs.push(program(`auth/README.md#example-${index + 1}`, match[1]!));
  }
  return programs;
}

async function tsFiles(dir: string): Promise<string[]> {
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
