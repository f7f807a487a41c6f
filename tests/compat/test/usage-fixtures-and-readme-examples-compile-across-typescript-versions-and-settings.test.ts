// Users compile with skipLibCheck off, older TypeScript, other module settings and libs; so does this.
import { registry } from "@provider-clients/scripts/providers";
import { beforeAll, describe, expect, it } from "vitest";
import { combinations, compile, label, writeMatrix } from "../src/matrix.js";
import { publishedPackages } from "../src/packages.js";
import { userPrograms } from "../src/programs.js";

const dir = new URL("../.vitest/matrix/", import.meta.url);

beforeAll(async () => {
  await writeMatrix(dir, await userPrograms());
});

it("has fixtures and examples of every package, and browser-safe ones for the browser", async () => {
  const programs = await userPrograms();
  for (const { name } of registry) {
    expect(
      programs.filter((p) => p.name.startsWith(`${name}/usage-fixtures/`)).length,
      name,
    ).toBeGreaterThanOrEqual(2);
    expect(
      programs.filter((p) => p.name.startsWith(`${name}/examples/`) && !p.nodeOnly).length,
      name,
    ).toBeGreaterThanOrEqual(1);
  }
  for (const { folder } of await publishedPackages()) {
    expect(
      programs.some((p) => p.name.startsWith(`${folder}/`)),
      folder,
    ).toBe(true);
  }
});

// One tsc program per combination; vitest runs two at a time (maxConcurrency), as CI has two cores.
describe.concurrent("strict + exactOptionalPropertyTypes, skipLibCheck off", () => {
  for (const combination of combinations()) {
    it(`compiles under ${label(combination)}`, async () => {
      expect(await compile(dir, combination)).toBe("");
    });
  }
});
