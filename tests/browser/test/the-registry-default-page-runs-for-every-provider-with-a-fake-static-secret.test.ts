// The default page a new provider gets, proven on every registered provider that can take it (Dynu and
// AdGuard DNS have their own pages too): the probe with its first static credential, a wrong one refused.
import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { usePageSession } from "../src/page-session.js";
import { defaultPage, type PageCase } from "../src/provider-pages.js";

const cases = (await Promise.all(registry.map(defaultPage))).filter(
  (page): page is PageCase => page !== undefined,
);
const open = usePageSession(cases);

it("applies to every provider that declares a fake secret for a static credential", () => {
  const declared = registry.filter((entry) => entry.exports.fakeCredentials !== undefined);
  expect(cases.map((page) => page.provider)).toEqual(declared.map((entry) => entry.name));
  expect(cases.length).toBeGreaterThan(0);
});

it.each(cases.map((page) => [page.page.test, page]))("%s", async (_test, page) => {
  await open(page);
});
