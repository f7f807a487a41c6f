// Checks that every link and asset reference in a built static site resolves to a file, and every
// `#fragment` to an element id in it. Written here rather than taken from a link-checker package:
// those (linkinator, broken-link-checker, hyperlink) crawl over HTTP and fetch external URLs, while
// this site is plain files on disk and CI has no network; fifty lines of fs reads check it exactly.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** A reference that points at nothing: the page it is on, what it says, and why it fails. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: "missing file" | "missing anchor" | "outside the site";
}

/** What a check found: pages read, local references checked, external ones (not fetched), broken ones. */
export interface LinkReport {
  pages: number;
  checked: number;
  external: string[];
  broken: BrokenLink[];
}

const referenceAttribute = /\s(?:href|src)="([^"]*)"/g;
const idAttribute = /\s(?:id|name)="([^"]*)"/g;
const externalScheme = /^[a-z][a-z0-9+.-]*:/i;

/** Reads every `.html` file under `siteDir` and checks each `href`/`src` in it. */
export async function checkLinks(siteDir: string): Promise<LinkReport> {
  const pages = (await readdir(siteDir, { recursive: true }))
    .filter((file) => file.endsWith(".html"))
    .map((file) => path.join(siteDir, file));
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const html = await readFile(file, "utf8");
      found = new Set([...html.matchAll(idAttribute)].map((match) => decodeHtml(match[1]!)));
      ids.set(file, found);
    }
    return found;
  };
  const report: LinkReport = { pages: pages.length, checked: 0, external: [], broken: [] };
  for (const page of pages) {
    const html = await readFile(page, "utf8");
    for (const match of html.matchAll(referenceAttribute)) {
      const href = decodeHtml(match[1]!);
      if (externalScheme.test(href) || href.startsWith("//")) {
        report.external.push(href);
        continue;
      }
      report.checked++;
      const [target, fragment] = resolveReference(page, href);
      const relativePage = path.relative(siteDir, page);
      if (!target.startsWith(path.resolve(siteDir) + path.sep)) {
        report.broken.push({ page: relativePage, href, reason: "outside the site" });
      } else if (!(await isFile(target))) {
        report.broken.push({ page: relativePage, href, reason: "missing file" });
      } else if (
        fragment !== "" &&
        target.endsWith(".html") &&
        !(await idsOf(target)).has(fragment)
      ) {
        report.broken.push({ page: relativePage, href, reason: "missing anchor" });
      }
    }
  }
  return report;
}

// `dir/` means `dir/index.html`; `#x` alone means this page; the query string is ignored.
function resolveReference(page: string, href: string): [file: string, fragment: string] {
  const hash = href.indexOf("#");
  const fragment = hash === -1 ? "" : decodeURIComponent(href.slice(hash + 1));
  const withoutFragment = (hash === -1 ? href : href.slice(0, hash)).split("?")[0]!;
  if (withoutFragment === "") return [page, fragment];
  let file = path.resolve(path.dirname(page), decodeURIComponent(withoutFragment));
  if (withoutFragment.endsWith("/")) file = path.join(file, "index.html");
  return [file, fragment];
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
