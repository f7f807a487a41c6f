// Each operation page's example, and every type name the pages show, compiles against the built packages.
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { compileFiles } from "../src/compile-examples.js";
import { readProviderSpec } from "../src/operation-model.js";
import { providerExamples } from "../src/providers.js";
import { repoRoot, siteDir } from "../src/site-paths.js";
import { typeNamesOf } from "../src/type-names.js";

// Inside docs/ so `@provider-clients/*` resolve through this package's node_modules, as a user's would.
const typeNamesDir = path.join(repoRoot, "docs", `.type-names-${process.pid}`);
afterAll(() => rm(typeNamesDir, { recursive: true, force: true }));

it("compiles the example of every operation of every provider and every type name shown", async () => {
  const files: string[] = [];
  await mkdir(typeNamesDir, { recursive: true });
  for (const provider of providerExamples) {
    const spec = await readProviderSpec(
      path.join(repoRoot, "specs", provider.provider, "openapi.yaml"),
    );
    const examplesDir = path.join(siteDir, "operations", provider.provider, "examples");
    // Fails loudly when `pnpm docs` has not run (turbo runs it before this test).
    const examples = (await readdir(examplesDir)).filter((name) => name.endsWith(".ts")).sort();
    expect(examples).toEqual(spec.operations.map((op) => `${op.operationId}.ts`).sort());
    files.push(...examples.map((name) => path.join(examplesDir, name)));

    const typeNames = spec.operations.flatMap((op) => typeNamesOf(op));
    expect(typeNames.length).toBeGreaterThan(0);
    const typesFile = path.join(typeNamesDir, `${provider.provider}.ts`);
    await writeFile(
      typesFile,
      `import type { components, paths } from "${provider.packageName}";\n` +
        typeNames.map((name, i) => `export type T${i} = ${name};`).join("\n") +
        "\nexport type Uses = [components, paths];\n",
    );
    files.push(typesFile);
  }
  expect(files.length).toBeGreaterThan(250);
  expect(compileFiles(files)).toEqual([]);
});

it("reports a wrong parameter in an example (the check is not vacuous)", async () => {
  await mkdir(typeNamesDir, { recursive: true });
  const broken = path.join(typeNamesDir, "broken-example.ts");
  await writeFile(
    broken,
    'import { createDynuClient, dynuAuth } from "@provider-clients/dynu";\n' +
      'const dynu = createDynuClient({ auth: dynuAuth.apiKey("k") });\n' +
      'await dynu.op.dnsIdGet({ params: { path: { id: "not-a-number" } } });\n',
  );
  const problems = compileFiles([broken]);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ line: 3 });
});
