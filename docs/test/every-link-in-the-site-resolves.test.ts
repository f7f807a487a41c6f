// Every href and src in the built site points at a file of the site, and every #fragment at an id in it.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { checkLinks } from "../src/check-links.js";
import { siteDir } from "../src/site-paths.js";

it("finds no broken link in the built site", async () => {
  const report = await checkLinks(siteDir);
  // Fails loudly when `pnpm docs` has not run (turbo runs it before this test).
  expect(report.pages).toBeGreaterThan(500);
  expect(report.checked).toBeGreaterThan(10_000);
  expect(report.broken).toEqual([]);
});

it("reports a missing page, a missing anchor and a path out of the site, and skips external URLs", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "docs-links-"));
  try {
    await mkdir(path.join(dir, "sub"));
    await writeFile(path.join(dir, "outside.html"), "<p id=x></p>");
    const site = path.join(dir, "sub");
    await writeFile(path.join(site, "b.html"), '<h2 id="there">b</h2>');
    await writeFile(
      path.join(site, "a.html"),
      [
        '<a href="b.html#there">ok</a>',
        '<a href="#self">ok</a><span id="self"></span>',
        '<a href="b.html#nowhere">anchor</a>',
        '<a href="missing.html">file</a>',
        '<a href="../outside.html">outside</a>',
        '<a href="https://example.invalid/page">external</a>',
      ].join("\n"),
    );
    const report = await checkLinks(site);
    expect(report.external).toEqual(["https://example.invalid/page"]);
    expect(report.checked).toBe(5);
    expect(report.broken).toEqual([
      { page: "a.html", href: "b.html#nowhere", reason: "missing anchor" },
      { page: "a.html", href: "missing.html", reason: "missing file" },
      { page: "a.html", href: "../outside.html", reason: "outside the site" },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
