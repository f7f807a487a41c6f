// TypeDoc warnings are errors: an export without a comment stops the build instead of shipping a blank page.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { ApiReferenceError, buildApiReference } from "../src/api-reference.js";

async function fixtureRepository(declarations: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "docs-api-"));
  const pkg = path.join(root, "packages", "sample");
  await mkdir(path.join(pkg, "dist"), { recursive: true });
  await mkdir(path.join(root, "docs"));
  await writeFile(
    path.join(pkg, "package.json"),
    JSON.stringify({
      name: "@fixture/sample",
      type: "module",
      exports: {
        ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
        "./package.json": "./package.json",
      },
    }),
  );
  await writeFile(path.join(pkg, "dist", "index.d.ts"), declarations);
  await writeFile(
    path.join(root, "docs", "tsconfig.typedoc.json"),
    JSON.stringify({
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
      },
      include: ["../packages/*/dist/**/*.d.ts"],
    }),
  );
  return root;
}

it("builds a documented package and names its module by import specifier", async () => {
  const root = await fixtureRepository(
    "/** Adds one. */\nexport declare function inc(n: number): number;\n",
  );
  try {
    const pages = await buildApiReference(path.join(root, "out"), root);
    expect(pages.map((page) => page.specifier)).toEqual(["@fixture/sample"]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

it("refuses a package with an undocumented export", async () => {
  const root = await fixtureRepository(
    "/** Adds one. */\nexport declare function inc(n: number): number;\nexport declare function dec(n: number): number;\n",
  );
  try {
    const build = buildApiReference(path.join(root, "out"), root);
    await expect(build).rejects.toThrow(ApiReferenceError);
    await expect(build).rejects.toThrow(
      /^TypeDoc reported 1 warnings and 0 errors while validating/,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
