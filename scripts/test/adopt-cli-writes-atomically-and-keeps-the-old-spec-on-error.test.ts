import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it, vi } from "vitest";
import { main } from "../src/specs/adopt-cli.js";

async function workspace(): Promise<{ dir: string; out: string; vendor: string }> {
  const root = await mkdtemp(join(tmpdir(), "pc-adopt-cli-"));
  const dir = join(root, "specs", "dnsimple");
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, "prose.yaml"),
    "info: {title: T, description: D}\noperations:\n  ping: Check the API\n",
  );
  // Fixes are read from the adopted specs folder: this one has none to apply.
  await writeFile(
    join(dir, "adopt-fixes.ts"),
    "export const adoptFixes = { beforeNormalise: [], afterNormalise: [] };\n",
  );
  const vendor = join(root, "vendor.json");
  const doc = {
    openapi: "3.0.3",
    info: { version: "7" },
    paths: {
      "/ping": { get: { operationId: "ping", responses: { "200": { description: "pong" } } } },
    },
  };
  await writeFile(vendor, JSON.stringify(doc));
  return { dir, out: join(dir, "openapi.yaml"), vendor };
}

it("adopt-cli writes the spec and differences, keeps the old spec on bad input, and --check spots staleness", async () => {
  const quiet = vi.spyOn(console, "log").mockImplementation(() => {});
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const { dir, out, vendor } = await workspace();

  expect(await main(["--provider", "dnsimple", "--vendor", vendor, "--out", out])).toBe(0);
  const written = await readFile(out, "utf8");
  expect(written).toContain("summary: Check the API");
  expect(written).toContain('version: "7"');
  expect(await readFile(join(dir, "differences.md"), "utf8")).toContain(
    "None: the vendor document needed no fixes",
  );
  expect(await main(["--provider", "dnsimple", "--vendor", vendor, "--out", out, "--check"])).toBe(
    0,
  );

  await writeFile(vendor, "<!doctype html><p>maintenance</p>");
  expect(await main(["--provider", "dnsimple", "--vendor", vendor, "--out", out])).toBe(1);
  expect(errors.mock.calls.flat().join("\n")).toMatch(/got HTML/);
  expect(await readFile(out, "utf8")).toBe(written);
  expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);

  await writeFile(out, `${written}# edited by hand\n`);
  await writeFile(
    vendor,
    JSON.stringify({
      openapi: "3.0.3",
      info: { version: "7" },
      paths: {
        "/ping": { get: { operationId: "ping", responses: { "200": { description: "x" } } } },
      },
    }),
  );
  expect(await main(["--provider", "dnsimple", "--vendor", vendor, "--out", out, "--check"])).toBe(
    1,
  );

  expect(await main(["--provider", "nope", "--vendor", vendor])).toBe(2);
  expect(await main(["--bogus"])).toBe(2);
  quiet.mockRestore();
  errors.mockRestore();
});
