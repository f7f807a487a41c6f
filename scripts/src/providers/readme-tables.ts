// The README tables built from the registry, kept between `<!-- providers:<table> -->` markers.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ProviderEntry } from "./registry.js";

/** A generated table: which README holds it and how its rows are made. */
interface ReadmeTable {
  /** README path relative to the repository root. */
  file: string;
  /** Marker id: the table sits between `<!-- providers:<id> -->` and `<!-- /providers:<id> -->`. */
  id: string;
  render(entries: readonly ProviderEntry[]): string;
}

const HEADER =
  "<!-- generated from specs/<name>/source.json by `pnpm providers:sync`, do not edit -->";

/** Escapes a Markdown table cell (pipes). */
function cell(text: string): string {
  return text.replaceAll("|", "\\|");
}

/** A list cell: "none" for an empty list, else the items separated by commas. */
function list(items: readonly string[]): string {
  return items.length === 0 ? "none" : items.join(", ");
}

/** Rows of a Markdown table. */
function table(columns: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(columns), `|${columns.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}

/** Every table the registry writes. */
export const readmeTables: readonly ReadmeTable[] = [
  {
    file: "README.md",
    id: "packages",
    render: (entries) =>
      table(
        ["package", "what it is", "credentials", "pagination"],
        entries.map((e) => [
          `[\`${e.package}\`](packages/${e.name})`,
          cell(e.summary),
          e.credentials.map((c) => `\`${c.builder}\` (${c.kind})`).join(", "),
          e.pagination,
        ]),
      ),
  },
  {
    file: "specs/README.md",
    id: "sources",
    render: (entries) =>
      table(
        ["provider", "kind", "upstream", "servers", "vendor docs", "license / terms"],
        entries.map((e) => [
          e.name,
          e.kind,
          list(e.upstream),
          list(e.servers),
          e.docs,
          cell(e.license),
        ]),
      ),
  },
];

/** `text` with the block between the table's markers replaced by a fresh render; throws when a marker is missing. */
export function withTable(text: string, id: string, body: string): string {
  const start = `<!-- providers:${id} -->`;
  const end = `<!-- /providers:${id} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} ... ${end} block`);
  return `${text.slice(0, from + start.length)}\n${HEADER}\n\n${body}\n\n${text.slice(to)}`;
}

/** README files whose tables differ from the registry (relative paths); writes them when `write`. */
export async function syncReadmeTables(
  entries: readonly ProviderEntry[],
  root: string,
  write: boolean,
): Promise<string[]> {
  const stale: string[] = [];
  for (const file of [...new Set(readmeTables.map((t) => t.file))]) {
    const full = path.join(root, file);
    const before = await readFile(full, "utf8");
    let after = before;
    for (const t of readmeTables.filter((candidate) => candidate.file === file)) {
      try {
        after = withTable(after, t.id, t.render(entries));
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    }
    if (after === before) continue;
    stale.push(file);
    if (write) await writeFile(full, after);
  }
  return stale;
}
