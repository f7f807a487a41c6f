import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "./helpers-upstream.js";

const SPECS_DIR = path.join(repoRoot, "specs");
const README = path.join(SPECS_DIR, "README.md");
const COLUMNS = ["provider", "kind", "upstream", "servers", "vendor docs", "license / terms"];

interface Source {
  provider: string;
  kind: string;
  upstream: string[];
  servers: string[];
  docs: string;
  license: string;
}

// Every specs/<provider>/source.json, by provider folder name.
function readSources(): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const entry of readdirSync(SPECS_DIR, { withFileTypes: true })) {
    const file = path.join(SPECS_DIR, entry.name, "source.json");
    if (entry.isDirectory() && existsSync(file)) {
      sources.set(entry.name, JSON.parse(readFileSync(file, "utf8")) as Source);
    }
  }
  return sources;
}

// The rows of the table whose header names the provider columns, as cells keyed by column.
function tableRows(markdown: string): Map<string, Record<string, string>> {
  const lines = markdown.split("\n");
  const header = lines.findIndex((line) => cells(line).join("|") === COLUMNS.join("|"));
  if (header < 0) throw new Error(`no table with columns ${COLUMNS.join(", ")}`);
  const rows = new Map<string, Record<string, string>>();
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    const values = cells(line);
    const row = Object.fromEntries(COLUMNS.map((column, i) => [column, values[i] ?? ""]));
    rows.set(row.provider ?? "", row);
  }
  return rows;
}

// Splits a Markdown table line on unescaped pipes and trims each cell.
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

// A list cell: "none" for an empty list, else URLs separated by commas.
function urls(cell: string): string[] {
  return cell === "none" ? [] : cell.split(",").map((url) => url.trim());
}

// One line per fact on which the table and the source.json files disagree.
function mismatches(markdown: string, sources: Map<string, Source>): string[] {
  const rows = tableRows(markdown);
  const found: string[] = [];
  for (const name of [...new Set([...rows.keys(), ...sources.keys()])].sort()) {
    const row = rows.get(name);
    const source = sources.get(name);
    if (!row || !source) {
      found.push(`${name}: ${row ? "has no source.json" : "missing from the README table"}`);
      continue;
    }
    const pairs: [string, unknown, unknown][] = [
      ["provider", source.provider, row.provider],
      ["kind", source.kind, row.kind],
      ["upstream", source.upstream, urls(row.upstream ?? "")],
      ["servers", source.servers, urls(row.servers ?? "")],
      ["docs", source.docs, row["vendor docs"]],
      ["license", source.license, row["license / terms"]],
    ];
    for (const [fact, json, table] of pairs) {
      if (JSON.stringify(json) !== JSON.stringify(table)) {
        found.push(
          `${name} ${fact}: source.json ${JSON.stringify(json)}, README ${JSON.stringify(table)}`,
        );
      }
    }
  }
  return found;
}

it("specs/README.md lists every provider with the kind, URLs, docs and terms of its source.json", () => {
  const sources = readSources();
  expect([...sources.keys()].sort()).toEqual(["adguard-dns", "dnsimple", "dynata", "dynu"]);
  expect(mismatches(readFileSync(README, "utf8"), sources)).toEqual([]);
});

it("a README whose table drifts from source.json is caught, naming the provider and fact", () => {
  const sources = readSources();
  const readme = readFileSync(README, "utf8");
  const drifted = readme
    .replace("https://developer.dnsimple.com/v2/openapi.yml", "https://example.invalid/openapi.yml")
    .replace(/^\| dynata \|.*\n/m, "");
  expect(mismatches(drifted, sources)).toEqual([
    'dnsimple upstream: source.json ["https://developer.dnsimple.com/v2/openapi.yml"], README ["https://example.invalid/openapi.yml"]',
    "dynata: missing from the README table",
  ]);
});
