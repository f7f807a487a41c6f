// Reads the error table of a package README: which classes it names and which codes it lists.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** One row: the error classes named in the first column and the codes in the `code` column. */
export interface ErrorTableRow {
  classes: string[];
  codes: string[];
}

/** The rows of the first table under `## Errors` in `packages/<name>/README.md`. */
export async function readmeErrorTable(packageDir: string): Promise<ErrorTableRow[]> {
  const file = fileURLToPath(new URL(`../../../packages/${packageDir}/README.md`, import.meta.url));
  const text = await readFile(file, "utf8");
  const section = text.split(/^## Errors\s*$/m)[1]?.split(/^## /m)[0] ?? "";
  const lines = section.split("\n").filter((line) => line.trimStart().startsWith("|"));
  const [header, , ...rows] = lines.map(cellsOf);
  const codeColumn = header?.indexOf("`code`") ?? -1;
  if (codeColumn < 0)
    throw new Error(`${packageDir}/README.md: no error table with a \`code\` column`);
  return rows.map((cells) => ({
    classes: identifiersIn(cells[0] ?? "", /`([A-Z]\w*Error)`/g),
    codes: identifiersIn(cells[codeColumn] ?? "", /`([a-z0-9_]+)`/g),
  }));
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim());
}

function identifiersIn(cell: string, pattern: RegExp): string[] {
  return [...cell.matchAll(pattern)].map((match) => match[1] ?? "");
}
