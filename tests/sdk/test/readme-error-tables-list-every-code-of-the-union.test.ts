import * as auth from "@provider-clients/auth";
import { registry } from "@provider-clients/scripts/providers";
import { describe, expect, it } from "vitest";
import { errorClassesOf } from "../src/minified-bundle.js";
import { readmeErrorTable } from "../src/readme-error-table.js";

const union = Object.values(auth.ProviderClientErrorCode) as string[];

it("the auth README's table lists exactly the codes of ProviderClientErrorCode", async () => {
  const rows = await readmeErrorTable("auth");
  const listed = new Set(rows.flatMap((row) => row.codes));
  expect([...listed].sort()).toEqual([...union].sort());
});

it("the token-store-redis README's table lists codes of the union only", async () => {
  const rows = await readmeErrorTable("token-store-redis");
  const codes = rows.flatMap((row) => row.codes);
  expect(codes.length).toBeGreaterThan(0);
  for (const code of codes) expect(union).toContain(code);
});

const providers: [string, Record<string, unknown>][] = await Promise.all(
  registry.map(async (entry) => [
    entry.name,
    (await import(entry.package)) as Record<string, unknown>,
  ]),
);

describe.each(providers)("%s README error table", (name, exports) => {
  it("names every error class the package exports (but the base) with codes from the union", async () => {
    const rows = await readmeErrorTable(name);
    for (const row of rows) {
      expect(row.codes.length, `${row.classes.join(", ")} has a code`).toBeGreaterThan(0);
      for (const code of row.codes) expect(union, `${name}: ${code}`).toContain(code);
      for (const named of row.classes) expect(Object.keys(exports), name).toContain(named);
    }
    const named = new Set(rows.flatMap((row) => row.classes));
    for (const exported of errorClassesOf(exports).keys()) {
      if (exported !== "ProviderClientError") expect([...named], name).toContain(exported);
    }
  });
});
