// Users compile with skipLibCheck off, older TypeScript, other module settings and libs; so does this.
import { beforeAll, expect, it } from "vitest";
import { type Combination, combinations, compile, label, writeMatrix } from "../src/matrix.js";
import { userPrograms } from "../src/programs.js";

const dir = new URL("../.vitest/matrix/", import.meta.url);

beforeAll(async () => {
  await writeMatrix(dir, await userPrograms());
});

it("has fixtures and examples of every package, and browser-safe ones for the browser", async () => {
  const programs = await userPrograms();
  for (const name of ["adguard-dns", "dnsimple", "dynata", "dynu"]) {
    expect(
      programs.filter((p) => p.name.startsWith(`${name}/usage-fixtures/`)).length,
      name,
    ).toBeGreaterThanOrEqual(2);
    expect(
      programs.filter((p) => p.name.startsWith(`${name}/examples/`) && !p.nodeOnly).length,
      name,
    ).toBeGreaterThanOrEqual(1);
  }
  expect(programs.some((p) => p.name.startsWith("auth/README.md"))).toBe(true);
  expect(programs.some((p) => p.name.startsWith("token-store-redis/examples/"))).toBe(true);
});

it("compiles under every TypeScript version x module setting x lib, strict with exactOptionalPropertyTypes", async () => {
  const failures: string[] = [];
  // Two compilers at a time: CI has two cores.
  const queue = [...combinations()];
  const worker = async () => {
    while (queue.length > 0) {
      const next = queue.shift() as Combination;
      const diagnostics = await compile(dir, next);
      if (diagnostics) failures.push(`${label(next)}:\n${diagnostics}`);
    }
  };
  await Promise.all([worker(), worker()]);
  expect(failures.sort().join("\n\n")).toBe("");
});
