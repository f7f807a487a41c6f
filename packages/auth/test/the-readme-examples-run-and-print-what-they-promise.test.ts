import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = new URL("..", import.meta.url);
const src = (path: string) => new URL(`src/${path}`, packageDir).href;

// Every ```ts block in the README is a program; the prose after it says what it prints.
const expectedOutput = [
  "new tokens for example/alice\nAuthorization true valid\n",
  "k-123 null q-456 static\n",
  "S256 abc\n",
];

it("every TypeScript example in the README runs and prints what the README says", async () => {
  const readme = await readFile(new URL("README.md", packageDir), "utf8");
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  expect(blocks).toHaveLength(expectedOutput.length);
  const workDir = new URL(".vitest/readme/", packageDir);
  await mkdir(workDir, { recursive: true });
  for (const [index, block] of blocks.entries()) {
    // Point the package's own specifiers at the sources, so the examples need no build.
    const program = block
      .replaceAll('"@provider-clients/auth/testing"', `"${src("testing/index.ts")}"`)
      .replaceAll('"@provider-clients/auth/file-store"', `"${src("file-store.ts")}"`)
      .replaceAll('"@provider-clients/auth"', `"${src("index.ts")}"`);
    const file = new URL(`example-${index}.ts`, workDir);
    await writeFile(file, program);
    const { stdout } = await run(process.execPath, ["--import", "tsx", file.pathname], {
      cwd: packageDir,
    });
    expect(stdout, `README example ${index + 1}`).toBe(expectedOutput[index]);
  }
});
